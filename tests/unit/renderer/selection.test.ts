import { beforeEach, describe, expect, it } from 'vitest';
import { template } from '../../support/designs';

const reference = () => template();
import { useDocument } from '../../../renderer/src/state/document';
import { useSelection } from '../../../renderer/src/state/selection';

beforeEach(() => {
  useDocument.getState().close();
  useSelection.getState().clear();
});

describe('the selection store', () => {
  it('applies the canvas select changes to what it holds, in order, and ignores no-ops', () => {
    const s = useSelection.getState();
    s.applyCanvasChanges('devices', [
      { id: 'node-1', selected: true },
      { id: 'node-2', selected: true },
    ]);
    expect(useSelection.getState().devices).toEqual(['node-1', 'node-2']);
    const before = useSelection.getState().devices;
    s.applyCanvasChanges('devices', [{ id: 'node-2', selected: true }]);
    expect(useSelection.getState().devices).toBe(before);
    s.applyCanvasChanges('devices', [{ id: 'node-1', selected: false }]);
    expect(useSelection.getState().devices).toEqual(['node-2']);
    s.applyCanvasChanges('cables', [{ id: 'cab-1', selected: true }]);
    expect(useSelection.getState().cables).toEqual(['cab-1']);
  });

  it('is cleared in the same update that loads another document, before any canvas renders it', () => {
    const design = reference();
    useDocument.getState().load({ path: '/a.clusterwire', design, stamp: null });
    useSelection.getState().select(['node-1'], ['cab-peer-1']);
    useSelection.getState().togglePort('core-1#swp1');
    let seenWithNewDocument: string[] | null = null;
    const stop = useDocument.subscribe(() => {
      seenWithNewDocument = useSelection.getState().devices;
    });
    useDocument.getState().load({ path: null, design, stamp: null });
    stop();
    expect(seenWithNewDocument).toEqual([]);
    expect(useSelection.getState()).toMatchObject({ devices: [], cables: [], ports: [] });
  });

  it('survives edits of the same document', () => {
    const design = reference();
    useDocument.getState().load({ path: null, design, stamp: null });
    useSelection.getState().select(['node-1'], []);
    useDocument.getState().edit((d) => void (d.meta.name = 'renamed'));
    expect(useSelection.getState().devices).toEqual(['node-1']);
  });
});
