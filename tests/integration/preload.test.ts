import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, CALL_NAMES, CHANNEL_PREFIX, MENU_CHANNEL } from '../../shared/ipc';

/** The modules a sandboxed preload may require; everything else throws, as in Electron. */
const SANDBOX_MODULES = new Set(['electron', 'events', 'timers', 'url']);

function loadPreload() {
  const code = readFileSync(resolve('dist/preload/preload.cjs'), 'utf8');
  const exposed: Record<string, unknown> = {};
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, payload: unknown) => ({ channel, payload })),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      listeners.set(channel, listener);
    }),
    removeListener: vi.fn((channel: string) => listeners.delete(channel)),
  };
  const electron = {
    contextBridge: {
      exposeInMainWorld: (name: string, api: unknown) => {
        exposed[name] = api;
      },
    },
    ipcRenderer,
  };
  const required: string[] = [];
  const sandboxRequire = (id: string) => {
    required.push(id);
    const name = id.replace(/^node:/, '');
    if (!SANDBOX_MODULES.has(name)) throw new Error(`module not found: ${id} (sandboxed preload)`);
    if (name === 'electron') return electron;
    throw new Error(`the test offers no ${id}`);
  };
  const module = { exports: {} };
  const context = vm.createContext({
    // What a sandboxed preload's `process` offers, and nothing of Node's fs or child_process.
    process: { platform: 'linux', versions: { electron: '45.0.0' }, env: {} },
    console,
  });
  const wrapper = vm.runInContext(`(function (exports, require, module) {${code}\n})`, context) as (
    e: unknown,
    r: unknown,
    m: unknown,
  ) => void;
  wrapper(module.exports, sandboxRequire, module);
  return { exposed, ipcRenderer, listeners, required };
}

describe('the built preload (one CommonJS file, in a sandbox-like vm context)', () => {
  it('requires only electron and exposes exactly the bridge calls plus menu commands', () => {
    const { exposed, required } = loadPreload();
    expect(required).toEqual(['electron']);
    const api = exposed[BRIDGE_GLOBAL] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES, 'onMenuCommand'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('each call goes to its own IPC channel with the payload untouched', async () => {
    const { exposed, ipcRenderer } = loadPreload();
    const api = exposed[BRIDGE_GLOBAL] as Record<string, (p: unknown) => Promise<unknown>>;
    await expect(api.open!({ path: '/x.clusterwire' })).resolves.toEqual({
      channel: `${CHANNEL_PREFIX}open`,
      payload: { path: '/x.clusterwire' },
    });
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
  });

  it('menu commands reach the listener, and unsubscribing removes it', () => {
    const { exposed, listeners, ipcRenderer } = loadPreload();
    const api = exposed[BRIDGE_GLOBAL] as { onMenuCommand(l: (c: string) => void): () => void };
    const seen: string[] = [];
    const off = api.onMenuCommand((c) => seen.push(c));
    listeners.get(MENU_CHANNEL)!({}, 'save');
    listeners.get(MENU_CHANNEL)!({}, { not: 'a command' });
    expect(seen).toEqual(['save']);
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(MENU_CHANNEL, expect.any(Function));
  });
});
