import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDesign, serializeDesign } from '../../shared/format';
import { Design } from '../../shared/model';
import { designArb } from '../support/arbitraries';

describe('serialize -> load round trip (property)', () => {
  it('generated designs are schema-valid (the generator itself is sound)', () => {
    fc.assert(
      fc.property(designArb, (design) => Design.safeParse(design).success),
      { numRuns: 200 },
    );
  });

  it('any valid design survives serialize -> load unchanged', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const result = loadDesign(serializeDesign(design));
        expect(result).toEqual({ ok: true, design });
      }),
      { numRuns: 300 },
    );
  });

  it('saving a loaded design gives the same text again (schema key order is canonical)', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const text = serializeDesign(Design.parse(design));
        const again = loadDesign(text);
        return again.ok && serializeDesign(again.design) === text;
      }),
      { numRuns: 100 },
    );
  });

  it('loading never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = loadDesign(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
