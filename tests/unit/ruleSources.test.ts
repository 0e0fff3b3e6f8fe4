import { describe, expect, it } from 'vitest';
import { RULES } from '../../shared/rules';

/** An address a user can open from the finding (and the one SARIF's helpUri can carry). */
const HTTPS_URL = /https:\/\/[^\s,;)]+/;

/**
 * A source a user can open: at least one https URL (a numbered standard or an honest "ClusterWire
 * heuristic:" still names the public page that backs it), and no internal citation.
 */
function problemsOf(source: string): string[] {
  const problems: string[] = [];
  if (!HTTPS_URL.test(source)) problems.push('names no https:// URL a user can open');
  if (/brief/i.test(source)) problems.push('mentions the internal brief');
  if (source.includes('§')) problems.push('cites a § section');
  return problems;
}

describe('rule sources name a document users can open', () => {
  it('every registered rule names at least one https URL', () => {
    const bad = RULES.map((r) => [r.id, problemsOf(r.source)] as const).filter(([, p]) => p.length);
    expect(bad).toEqual([]);
  });

  it('a finding source opens with its first URL on https (what a link in a report follows)', () => {
    const firstUrl = (source: string) => /\bhttps?:\/\/\S+/.exec(source)?.[0] ?? '';
    const bad = RULES.filter((r) => !firstUrl(r.source).startsWith('https://')).map((r) => r.id);
    expect(bad).toEqual([]);
  });

  it('the check itself tells a source from a non-source', () => {
    expect(problemsOf('Domain brief §4 (memory)')).toHaveLength(3);
    expect(problemsOf('Proxmox VE admin guide, Cluster Manager')).toHaveLength(1);
    expect(problemsOf('RFC 6762 section 3')).toHaveLength(1);
    expect(problemsOf('IEEE 802.1Q')).toHaveLength(1);
    expect(problemsOf('ClusterWire heuristic: why')).toHaveLength(1);
    expect(problemsOf('Fortinet tip, http://kb.fortinet.com/kb/x')).toHaveLength(1);
    expect(
      problemsOf('RFC 6762 section 3, https://www.rfc-editor.org/rfc/rfc6762#section-3'),
    ).toEqual([]);
    expect(problemsOf('ClusterWire heuristic: why. See https://docs.ceph.com/en/latest/')).toEqual(
      [],
    );
  });
});
