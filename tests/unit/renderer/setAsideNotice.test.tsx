// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BridgeCallError } from '../../../shared/ipc';
import { template } from '../../support/designs';

// An autosave its file superseded is set aside by main; the notice at start says where and opens
// it through recovery (serve mode cannot reach it through File > Open: it lies outside the folder
// served). The bridge answers as `clusterwire serve` would.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ASIDE =
  '/home/u/.config/ClusterWire/recovery/superseded/lab (autosave 2026-11-30 10.00.00).clusterwire';
const bridgeMock = vi.hoisted(() => ({
  listRecovery: vi.fn(),
  readSetAside: vi.fn(),
  discardRecovery: vi.fn(),
}));

vi.mock('../../../renderer/src/state/bridge', () => ({ bridge: bridgeMock }));

const { Notices } = await import('../../../renderer/src/shell/Notices');
const { restoreRecovered } = await import('../../../renderer/src/shell/files');
const { isDirty, useDocument } = await import('../../../renderer/src/state/document');
const { useUi } = await import('../../../renderer/src/state/ui');

let host: HTMLElement;
let root: Root;
const work = template();
work.meta.name = 'the set-aside work';

beforeEach(async () => {
  bridgeMock.listRecovery.mockResolvedValue([
    {
      key: 'doc-12345678',
      path: '/srv/designs/lab.clusterwire',
      name: 'lab',
      savedAt: '2026-11-30T10:00:00.000Z',
      newer: 'file',
      setAsidePath: ASIDE,
    },
  ]);
  bridgeMock.readSetAside.mockResolvedValue({ path: ASIDE, design: work });
  bridgeMock.discardRecovery.mockResolvedValue({});
  useDocument.setState({ doc: null });
  useUi.setState({ modal: null, notices: [], busy: null });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(<Notices />));
});

afterEach(async () => {
  await act(async () => root.unmount());
  document.body.innerHTML = '';
  vi.clearAllMocks();
});

const button = (label: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === label);

async function startWithSetAside(): Promise<void> {
  await act(async () => {
    // Nothing to offer in the dialog: the only autosave was set aside.
    expect(await restoreRecovered()).toBe(false);
  });
}

describe('the notice of an autosave set aside', () => {
  it('names the copy and opens it as a new, unsaved design, without copying by hand', async () => {
    await startWithSetAside();
    const notice = host.querySelector('.cw-notice-error')?.textContent ?? '';
    expect(notice).toContain(`The autosave is kept as ${ASIDE}`);
    expect(notice).not.toContain('copy it');

    await act(async () => button('Open Autosave')?.click());
    expect(bridgeMock.readSetAside).toHaveBeenCalledWith({ path: ASIDE });
    const doc = useDocument.getState().doc;
    // Untitled, so Save asks where to keep it; the copy stays where it is.
    expect(doc?.path).toBeNull();
    expect(doc?.design).toEqual(work);
    expect(isDirty(doc)).toBe(true);
    expect(host.querySelector('.cw-notice-error')).toBeNull();
  });

  it('asks about unsaved work first, and Cancel leaves both the design and the notice', async () => {
    const open = template();
    useDocument
      .getState()
      .load({ path: '/srv/designs/other.clusterwire', design: open, stamp: null, dirty: true });
    await startWithSetAside();
    await act(async () => button('Open Autosave')?.click());
    expect(useUi.getState().modal).toMatchObject({ kind: 'ask', title: 'Unsaved changes' });
    await act(async () => useUi.getState().modal?.resolve(2 as never));
    expect(bridgeMock.readSetAside).not.toHaveBeenCalled();
    expect(useDocument.getState().doc?.design).toBe(open);
    expect(button('Open Autosave')).toBeDefined();
  });

  it('a copy that is gone says so, and the notice stays', async () => {
    bridgeMock.readSetAside.mockRejectedValue(
      new BridgeCallError({
        code: 'not-found',
        message:
          'lab (autosave 2026-11-30 10.00.00).clusterwire is no longer in the recovery folder',
      }),
    );
    await startWithSetAside();
    await act(async () => button('Open Autosave')?.click());
    expect(useUi.getState().modal).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('is no longer in the recovery folder'),
    });
    expect(useDocument.getState().doc).toBeNull();
    expect(button('Open Autosave')).toBeDefined();
  });
});
