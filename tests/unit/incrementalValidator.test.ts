import { describe, expect, it } from 'vitest';
import { createValidator, validate } from '../../shared/rules';
import { template } from '../support/rules';

describe('createValidator (editor, immutable updates)', () => {
  it('reuses findings when only the layout changed', () => {
    const v = createValidator();
    const d1 = template();
    const first = v.validate(d1);
    expect(v.lastRun).toBe('full');
    const moved = {
      ...d1,
      layout: { positions: { ...d1.layout.positions, 'node-1': { x: 5, y: 5 } } },
    };
    expect(v.validate(moved)).toBe(first);
    expect(v.lastRun).toBe('reused');
  });

  it('re-runs only the text rules when meta changed, and agrees with validate()', () => {
    const v = createValidator();
    const d1 = template();
    v.validate(d1);
    const renamed = { ...d1, meta: { ...d1.meta, notes: 'pasted \x1b[2J' } };
    const found = v.validate(renamed);
    expect(v.lastRun).toBe('text-only');
    expect(found).toEqual(validate(renamed));
    expect(found.map((f) => f.ruleId)).toContain('text.control-character');
    const fixed = { ...renamed, meta: { ...renamed.meta, notes: 'fine' } };
    expect(v.validate(fixed)).toEqual(validate(fixed));
    expect(v.lastRun).toBe('text-only');
  });

  it('only re-runs the text rules and re-applies suppressions when they alone changed', () => {
    const v = createValidator();
    const d1 = template();
    v.validate(d1);
    const d2 = {
      ...d1,
      suppressions: [{ rule: 'ceph.public-cluster-same-link', reason: 'budget' }],
    };
    const found = v.validate(d2);
    expect(v.lastRun).toBe('text-only');
    expect(found).toEqual(validate(d2));
  });

  it('re-runs in full when a network fact changed, and agrees with validate()', () => {
    const v = createValidator();
    const d1 = template();
    v.validate(d1);
    const d2 = { ...d1, clusters: [{ ...d1.clusters[0]!, domain: 'x.local' }] };
    expect(v.validate(d2)).toEqual(validate(d2));
    expect(v.lastRun).toBe('full');
  });
});
