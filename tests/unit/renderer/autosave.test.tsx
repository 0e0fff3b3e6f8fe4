// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { template } from '../../support/designs';

// Autosave writes unsaved work to the recovery folder; work undone back to the design on disk is
// no longer unsaved, so its recovery file goes (the next start must not offer to restore it).

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const calls: string[] = [];
const bridgeMock = vi.hoisted(() => ({
  autosave: vi.fn(),
  discardRecovery: vi.fn(),
}));
vi.mock('../../../renderer/src/state/bridge', () => ({ bridge: bridgeMock }));

const { useAutosave } = await import('../../../renderer/src/shell/hooks');
const { settleUnsaved } = await import('../../../renderer/src/shell/files');
const { useDocument } = await import('../../../renderer/src/state/document');
const { useUi } = await import('../../../renderer/src/state/ui');

let shown: string | null = null;
function Status() {
  shown = useAutosave();
  return null;
}

let root: Root;
beforeEach(async () => {
  vi.useFakeTimers();
  calls.length = 0;
  let n = 0;
  bridgeMock.autosave.mockImplementation(({ key }: { key: string }) => {
    calls.push(`autosave ${key}`);
    return Promise.resolve({ savedAt: `2026-11-30T10:00:0${n++}.000Z` });
  });
  bridgeMock.discardRecovery.mockImplementation(({ key }: { key: string }) => {
    calls.push(`discard ${key}`);
    return Promise.resolve({});
  });
  useUi.setState({ prefs: null, notices: [], modal: null });
  root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Status />));
});

afterEach(async () => {
  await act(async () => root.unmount());
  useDocument.setState({ doc: null });
  vi.useRealTimers();
  vi.clearAllMocks();
});

const open = (path: string) =>
  act(async () => useDocument.getState().load({ path, design: template(), stamp: null }));
const changeVlan = (vlan: number) =>
  act(async () =>
    useDocument.getState().edit((d) => {
      d.networks.find((n) => n.role === 'management')!.vlan = vlan;
    }),
  );
const idle = () => act(async () => vi.advanceTimersByTimeAsync(5000));

describe('autosave and the saved state', () => {
  it('drops the recovery file when undo comes back to the design as opened', async () => {
    await open('/d/first.clusterwire');
    const key = useDocument.getState().doc!.key;
    await changeVlan(11);
    await idle();
    expect(calls).toEqual([`autosave ${key}`]);
    expect(shown).toBe('2026-11-30T10:00:00.000Z');

    await act(async () => useDocument.getState().undo());
    expect(calls).toEqual([`autosave ${key}`, `discard ${key}`]);
    expect(shown).toBeNull();
    // Another design opens without a question, and nothing of the first is left to restore.
    expect(await settleUnsaved('open another design')).toBe(true);
    await idle();
    expect(calls).toEqual([`autosave ${key}`, `discard ${key}`]);
  });

  it('keeps the recovery file while the work differs from the file, even by undo', async () => {
    await open('/d/first.clusterwire');
    await changeVlan(11);
    await changeVlan(12);
    await idle();
    await act(async () => useDocument.getState().undo());
    await idle();
    expect(bridgeMock.discardRecovery).not.toHaveBeenCalled();
    expect(bridgeMock.autosave).toHaveBeenCalledTimes(2);
  });

  it('removes the file only after an autosave still on its way, never before it', async () => {
    await open('/d/first.clusterwire');
    const key = useDocument.getState().doc!.key;
    let finish: (value: { savedAt: string }) => void = () => undefined;
    bridgeMock.autosave.mockImplementationOnce(() => {
      calls.push(`autosave ${key} started`);
      return new Promise((done) => {
        finish = (value) => {
          calls.push(`autosave ${key} written`);
          done(value);
        };
      });
    });
    await changeVlan(11);
    await idle();
    await act(async () => useDocument.getState().undo());
    expect(calls).toEqual([`autosave ${key} started`]);
    await act(async () => finish({ savedAt: '2026-11-30T10:00:00.000Z' }));
    expect(calls).toEqual([`autosave ${key} started`, `autosave ${key} written`, `discard ${key}`]);
  });

  it('shows no autosave time of the design open before', async () => {
    await open('/d/first.clusterwire');
    await changeVlan(11);
    await idle();
    expect(shown).not.toBeNull();
    await open('/d/second.clusterwire');
    await changeVlan(11);
    expect(shown).toBeNull();
    await idle();
    expect(shown).toBe('2026-11-30T10:00:01.000Z');
  });
});
