import { describe, expect, it } from 'vitest';
import { RULES } from '../../shared/rules';

const HAS_URL = /https:\/\/\S+/;
const HEURISTIC = /^ClusterWire heuristic: \S/;
const STANDARD = /\b(RFC \d{3,4}|IEEE 802\.\d+[A-Za-z]*)\b/;

/** A source a user can open: a URL, a numbered RFC or IEEE standard, or an honest heuristic. */
function problemsOf(source: string): string[] {
  const problems: string[] = [];
  if (!HAS_URL.test(source) && !HEURISTIC.test(source) && !STANDARD.test(source)) {
    problems.push(
      'names no https:// URL, no RFC or IEEE standard with its number, and is no "ClusterWire heuristic:"',
    );
  }
  if (/brief/i.test(source)) problems.push('mentions the internal brief');
  if (source.includes('§')) problems.push('cites a § section');
  return problems;
}

describe('rule sources name a document users can open', () => {
  it('every registered rule', () => {
    const bad = RULES.map((r) => [r.id, problemsOf(r.source)] as const).filter(([, p]) => p.length);
    expect(bad).toEqual([]);
  });

  it('the check itself tells a source from a non-source', () => {
    expect(problemsOf('Domain brief §4 (memory)')).toHaveLength(3);
    expect(problemsOf('Proxmox VE admin guide, Cluster Manager')).toHaveLength(1);
    expect(problemsOf('RFC 6762 section 3')).toEqual([]);
    expect(problemsOf('IEEE 802.1Q')).toEqual([]);
    expect(problemsOf('ClusterWire heuristic: why')).toEqual([]);
    expect(problemsOf('See https://pve.proxmox.com/pve-docs/')).toEqual([]);
  });
});
