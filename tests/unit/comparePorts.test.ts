import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePorts } from '../../shared/generate/facts';

describe('comparePorts: natural order of port names', () => {
  it('orders digit runs by value', () => {
    const names = [
      'swp10',
      'swp2',
      'swp1',
      'Ethernet1/10',
      'Ethernet1/2',
      'Ethernet10/1',
      'Ethernet2',
    ];
    expect([...names].sort(comparePorts)).toEqual([
      'Ethernet1/2',
      'Ethernet1/10',
      'Ethernet2',
      'Ethernet10/1',
      'swp1',
      'swp2',
      'swp10',
    ]);
  });

  it('puts a breakout port after its parent and before the next port', () => {
    expect(['swp2', 'swp1s1', 'swp1', 'swp1s0'].sort(comparePorts)).toEqual([
      'swp1',
      'swp1s0',
      'swp1s1',
      'swp2',
    ]);
  });

  it('tells names apart that differ only in leading zeros, so the order is total', () => {
    expect(comparePorts('swp01', 'swp1')).not.toBe(0);
    expect(
      Math.sign(comparePorts('swp01', 'swp1')) + Math.sign(comparePorts('swp1', 'swp01')),
    ).toBe(0);
    expect(comparePorts('eno1', 'eno1')).toBe(0);
  });

  it('is a total order: antisymmetric, transitive, zero only for equal names', () => {
    const name = fc.stringMatching(/^[a-zA-Z]{0,3}[0-9]{0,3}([/s.-][0-9]{1,2}){0,2}$/);
    fc.assert(
      fc.property(name, name, name, (a, b, c) => {
        expect(Math.sign(comparePorts(a, b)) + Math.sign(comparePorts(b, a))).toBe(0);
        expect(comparePorts(a, b) === 0).toBe(a === b);
        if (comparePorts(a, b) <= 0 && comparePorts(b, c) <= 0)
          expect(comparePorts(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });
});
