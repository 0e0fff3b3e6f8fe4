import { beforeEach, describe, expect, it } from 'vitest';
import { isDirty, useDocument } from '../../../renderer/src/state/document';
import { template } from '../../support/designs';

// Arrow-key nudges of one selection in a row are one undo step, as in design tools; anything
// else in between (another edit, an undo, a save, another selection) starts a new step.

const store = () => useDocument.getState();
const x = () => store().doc!.design.layout.positions['node-1']!.x;
const nudge = (ids = 'node-1') =>
  store().edit(
    (d) => {
      for (const id of ids.split(',')) d.layout.positions[id]!.x += 10;
    },
    { merge: `nudge:${ids}` },
  );

beforeEach(() => {
  store().load({ path: '/d/lab.clusterwire', design: template(), stamp: null });
});

describe('merged undo steps', () => {
  it('undoes consecutive nudges of the same selection at once', () => {
    const start = x();
    nudge();
    nudge();
    nudge();
    expect(x()).toBe(start + 30);
    expect(store().doc!.past).toHaveLength(1);
    store().undo();
    expect(x()).toBe(start);
    expect(isDirty(store().doc)).toBe(false);
    store().redo();
    expect(x()).toBe(start + 30);
  });

  it('starts a new step after another edit, an undo, or another selection', () => {
    nudge();
    store().edit((d) => void (d.meta.name = 'renamed'));
    nudge();
    expect(store().doc!.past).toHaveLength(3);
    store().undo();
    nudge();
    nudge('node-1,node-2');
    expect(store().doc!.past).toHaveLength(4);
  });

  it('never merges across a save: undo comes back to the saved design', () => {
    const start = x();
    nudge();
    const saved = store().doc!.design;
    store().markSaved('/d/lab.clusterwire', { size: 1, mtimeMs: 1, sha256: '0'.repeat(64) }, saved);
    nudge();
    nudge();
    store().undo();
    expect(store().doc!.design).toBe(saved);
    expect(isDirty(store().doc)).toBe(false);
    store().undo();
    expect(x()).toBe(start);
  });
});
