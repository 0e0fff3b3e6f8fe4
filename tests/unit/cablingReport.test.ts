import { describe, expect, it } from 'vitest';
import type { CablingResult, CablingStatus } from '../../shared/compare';
import { cablingText, sortCablingResults } from '../../shared/compare/report';

/** A result between two hosts' ports, with its message naming them. */
function result(status: CablingStatus, a: [string, string], b: [string, string]): CablingResult {
  return {
    status,
    a: { device: a[0], hostname: a[0], port: a[1] },
    b: { device: b[0], hostname: b[0], port: b[1] },
    seen: [],
    message: `${a[0]} ${a[1]} - ${b[0]} ${b[1]}`,
  };
}

describe('the cabling report', () => {
  // In design order: pve-10 was added before pve-2, swp10 cabled before swp2.
  const results = [
    result('ok', ['pve-10', 'eno1'], ['core-1', 'swp10']),
    result('missing', ['pve-10', 'eno1'], ['core-2', 'swp10']),
    result('ok', ['pve-2', 'eno1'], ['core-1', 'swp2']),
    result('missing', ['pve-2', 'eno2'], ['core-2', 'swp2']),
    result('missing', ['pve-2', 'eno1'], ['core-2', 'swp1']),
    result('ok', ['core-1', 'swp10'], ['core-2', 'swp10']),
    result('ok', ['core-1', 'swp2'], ['core-2', 'swp2']),
  ];

  it('lists mismatches first, and within a status hosts and ports in natural order', () => {
    expect(sortCablingResults(results).map((r) => `${r.status}: ${r.message}`)).toEqual([
      'missing: pve-2 eno1 - core-2 swp1',
      'missing: pve-2 eno2 - core-2 swp2',
      'missing: pve-10 eno1 - core-2 swp10',
      'ok: core-1 swp2 - core-2 swp2',
      'ok: core-1 swp10 - core-2 swp10',
      'ok: pve-2 eno1 - core-1 swp2',
      'ok: pve-10 eno1 - core-1 swp10',
    ]);
  });

  it('keeps two swapped cables side by side', () => {
    const swapped = (cable: string, partner: string, a: [string, string], b: [string, string]) => ({
      ...result('swapped', a, b),
      cable,
      partner,
    });
    const sorted = sortCablingResults([
      swapped('c1', 'c2', ['pve-1', 'eno1'], ['core-1', 'swp1']),
      swapped('c3', 'c4', ['pve-2', 'eno1'], ['core-1', 'swp3']),
      swapped('c2', 'c1', ['pve-3', 'eno1'], ['core-1', 'swp2']),
      swapped('c4', 'c3', ['pve-4', 'eno1'], ['core-1', 'swp4']),
    ]);
    expect(sorted.map((r) => r.cable)).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('prints the same order as text', () => {
    expect(cablingText(results)).toBe(
      [
        'Cabling: 4 ok, 3 missing',
        '',
        'missing:',
        '  pve-2 eno1 - core-2 swp1',
        '  pve-2 eno2 - core-2 swp2',
        '  pve-10 eno1 - core-2 swp10',
        '',
        'ok:',
        '  core-1 swp2 - core-2 swp2',
        '  core-1 swp10 - core-2 swp10',
        '  pve-2 eno1 - core-1 swp2',
        '  pve-10 eno1 - core-1 swp10',
        '',
      ].join('\n'),
    );
  });
});
