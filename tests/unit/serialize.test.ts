import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/format';
import { designArb } from '../support/arbitraries';
import { template } from '../support/designs';

describe('serializeDesign', () => {
  it('is JSON with the same content as JSON.stringify', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        expect(JSON.parse(serializeDesign(design))).toEqual(JSON.parse(JSON.stringify(design)));
      }),
      { numRuns: 100 },
    );
  });

  it('puts each port, cable end and attachment on its own line, within 120 columns', () => {
    const text = serializeDesign(template());
    expect(text).toContain(
      '\n        { "name": "swp1", "type": "25gbase-x-sfp28", "role": "service", "speeds": [10, 25] },\n',
    );
    expect(text).toContain('\n      "a": { "device": "core-1", "port": "swp21" },\n');
    const long = text.split('\n').filter((line) => line.length > 120 && !line.includes('"notes"'));
    expect(long).toEqual([]);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('a nested object that would not fit breaks over lines', () => {
    const design = template();
    design.meta.notes = 'x'.repeat(200);
    const text = serializeDesign(design);
    expect(text).toMatch(/"meta": \{\n {4}"name"/);
  });
});
