import type { CablingEnd, CablingResult, CablingStatus } from './cabling';
import { CablingStatus as Statuses, countResults } from './cabling';
import type { DesignChange } from './diff';
import { compareNatural } from '../model/names';

/** Output of the two comparisons for people (text, markdown) and spreadsheets (CSV). */

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function cablingSummary(results: CablingResult[]): string {
  const counts = countResults(results);
  return Statuses.options
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');
}

/** Mismatches first (in the order of CablingStatus), then unchecked, then ok. */
const ORDER: CablingStatus[] = [
  'swapped',
  'wrong-port',
  'wrong-peer',
  'missing',
  'unknown-peer',
  'unexpected',
  'unchecked',
  'ok',
];

/**
 * Within a status, by the hostname and port of the first end, naturally (pve-2 before pve-10, as
 * hostnames are listed everywhere else), then by the far end's. Two swapped cables stay side by
 * side: each is placed where the first of the pair goes.
 */
export function sortCablingResults(results: CablingResult[]): CablingResult[] {
  const rank = new Map(ORDER.map((s, i) => [s, i]));
  const byCable = new Map(results.filter((r) => r.cable).map((r) => [r.cable, r]));
  const compare = (x: CablingResult, y: CablingResult) =>
    compareEnds(x.a, y.a) || compareEnds(x.b, y.b);
  const pairFirst = (r: CablingResult) => {
    const partner = r.partner === undefined ? undefined : byCable.get(r.partner);
    return partner && partner.status === r.status && compare(partner, r) < 0 ? partner : r;
  };
  return results
    .map((r, i) => ({ r, i, first: pairFirst(r) }))
    .sort(
      (x, y) =>
        rank.get(x.r.status)! - rank.get(y.r.status)! ||
        compare(x.first, y.first) ||
        compare(x.r, y.r) ||
        x.i - y.i,
    )
    .map(({ r }) => r);
}

const compareEnds = (x: CablingEnd, y: CablingEnd) =>
  compareNatural(x.hostname, y.hostname) || compareNatural(x.port, y.port);

export function cablingText(results: CablingResult[]): string {
  const lines = [`Cabling: ${cablingSummary(results) || 'nothing to check'}`];
  let status: CablingStatus | undefined;
  for (const r of sortCablingResults(results)) {
    if (r.status !== status) {
      status = r.status;
      lines.push('', `${status}:`);
    }
    lines.push(`  ${r.message}`);
  }
  return `${lines.join('\n')}\n`;
}

const GROUPS: Array<[string, string]> = [
  ['meta', 'Design'],
  ['device', 'Devices'],
  ['port', 'Ports'],
  ['attachment', 'Addresses and attachments'],
  ['cable', 'Cables'],
  ['LAG', 'LAGs'],
  ['MLAG pair', 'MLAG pairs'],
  ['HA pair', 'HA pairs'],
  ['network', 'Networks'],
  ['cluster', 'Clusters'],
  ['suppression', 'Rule suppressions'],
  ['thresholds', 'Thresholds'],
  ['layout', 'Layout'],
];

/** Changes grouped by what they are about, groups in a fixed order, unknown kinds last. */
export function groupChanges(
  changes: DesignChange[],
): Array<{ title: string; changes: DesignChange[] }> {
  const known = new Map(GROUPS);
  const groups = new Map<string, DesignChange[]>();
  for (const change of changes) {
    const list = groups.get(change.entity) ?? [];
    list.push(change);
    groups.set(change.entity, list);
  }
  const order = [...GROUPS.map(([e]) => e), ...[...groups.keys()].filter((e) => !known.has(e))];
  return order
    .filter((e) => groups.has(e))
    .map((e) => ({ title: known.get(e) ?? e, changes: groups.get(e)! }));
}

export function diffSummary(changes: DesignChange[]): string {
  if (changes.length === 0) return 'no changes';
  const kinds = ['added', 'removed', 'changed', 'moved'] as const;
  const parts = kinds
    .map((k) => [k, changes.filter((c) => c.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  return `${plural(changes.length, 'change')} (${parts.join(', ')})`;
}

const MARK: Record<DesignChange['kind'], string> = {
  added: '+',
  removed: '-',
  changed: '~',
  moved: '>',
};

export function diffText(changes: DesignChange[], oldName: string, newName: string): string {
  const lines = [`${oldName} -> ${newName}: ${diffSummary(changes)}`];
  for (const group of groupChanges(changes)) {
    lines.push('', `${group.title}:`);
    for (const c of group.changes) lines.push(`  ${MARK[c.kind]} ${c.text}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Markdown text from user strings: characters markdown would read as markup are escaped. */
const md = (text: string) =>
  text.replace(/[\\`*_[\]<|#~]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');

export function diffMarkdown(changes: DesignChange[], oldName: string, newName: string): string {
  const lines = [
    `## Design changes: ${md(oldName)} → ${md(newName)}`,
    '',
    `${diffSummary(changes).replace(/^./, (c) => c.toUpperCase())}.`,
  ];
  for (const group of groupChanges(changes)) {
    lines.push('', `### ${group.title}`, '');
    // The text says what happened ("added", "removed", "moved"); a changed field reads "name: a -> b".
    for (const c of group.changes) lines.push(`- ${md(c.text)}`);
  }
  return `${lines.join('\n')}\n`;
}
