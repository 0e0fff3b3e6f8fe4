import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL } from '../../../shared/ipc/constants';

// The page's entry sends the start-up calls before the app has loaded (state/transport.ts); the
// app later makes the same calls and must get those answers, once, and nothing sent twice.

type Calls = Array<[string, unknown]>;

/** The transport module on a fake Electron preload whose `info` answers with `info`. */
async function transportWith(info: Record<string, unknown>) {
  const calls: Calls = [];
  const answer = (name: string) => (payload: unknown) => {
    calls.push([name, payload]);
    return Promise.resolve(
      name === 'info' ? { ok: true, value: info } : { ok: true, value: `${name} answer` },
    );
  };
  const api = new Proxy({}, { get: (_, name) => answer(String(name)) });
  vi.stubGlobal('window', { [BRIDGE_GLOBAL]: api });
  vi.resetModules();
  const transport = await import('../../../renderer/src/state/transport');
  return { calls, transport };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

describe('start-up calls sent by the page entry', () => {
  it('asks for the launch file and the recovered work as soon as info names them', async () => {
    const { calls, transport } = await transportWith({
      initialFile: '/designs/a.clusterwire',
      offerRecovery: true,
    });
    transport.sendStartupCalls();
    await settle();
    expect(calls).toEqual([
      ['info', {}],
      ['getPreferences', {}],
      ['listRecent', {}],
      ['open', { path: '/designs/a.clusterwire' }],
      ['listRecovery', {}],
    ]);
    // The app's own calls take those answers: nothing leaves a second time.
    expect(await transport.invoke('listRecovery', {})).toEqual({
      ok: true,
      value: 'listRecovery answer',
    });
    expect(await transport.invoke('open', { path: '/designs/a.clusterwire' })).toEqual({
      ok: true,
      value: 'open answer',
    });
    expect(calls).toHaveLength(5);
    // Each answer is handed out once; a later call of the same name asks again.
    await transport.invoke('listRecovery', {});
    expect(calls).toHaveLength(6);
  });

  it('sends neither when info offers no recovery and names no file', async () => {
    const { calls, transport } = await transportWith({ offerRecovery: false });
    transport.sendStartupCalls();
    await settle();
    expect(calls.map(([name]) => name)).toEqual(['info', 'getPreferences', 'listRecent']);
  });

  it('hands out only answers to the same payload, and none after start-up', async () => {
    const { calls, transport } = await transportWith({ initialFile: 'a.clusterwire' });
    transport.sendStartupCalls();
    await settle();
    await transport.invoke('open', { path: 'b.clusterwire' });
    expect(calls.at(-1)).toEqual(['open', { path: 'b.clusterwire' }]);
    transport.dropStartupCalls();
    await transport.invoke('open', { path: 'a.clusterwire' });
    expect(calls.filter(([name]) => name === 'open')).toHaveLength(3);
  });
});
