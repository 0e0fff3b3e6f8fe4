import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, CHANNEL_PREFIX, MENU_CHANNEL } from '../../shared/ipc';
import { template } from '../support/designs';

/** Electron, mocked: records what main does with windows, IPC, menus and dialogs. */
const electron = vi.hoisted(() => {
  const userData = { dir: '' };
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const windows: FakeWindow[] = [];
  let nextId = 1;
  type Listener = (...args: unknown[]) => void;
  class FakeWindow {
    readonly listeners = new Map<string, Listener[]>();
    readonly sent: unknown[][] = [];
    title = '';
    closed = false;
    readonly webContents = {
      id: nextId++,
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
      send: (...args: unknown[]) => this.sent.push(args),
    };
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    emit(event: string, ...args: unknown[]) {
      for (const l of this.listeners.get(event) ?? []) l(...args);
    }
    loadURL = async () => undefined;
    setTitle(title: string) {
      this.title = title;
    }
    setDocumentEdited() {}
    maximize() {}
    isMaximized = () => false;
    isDestroyed = () => this.closed;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1200, height: 800 });
    focus() {}
    close() {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) {
        this.closed = true;
        this.emit('closed');
      }
    }
    static getAllWindows = () => windows.filter((w) => !w.closed);
    static getFocusedWindow = () => windows.filter((w) => !w.closed).at(-1) ?? null;
  }
  const messageBoxChoice = { value: 0 };
  const prompts: Array<Record<string, unknown>> = [];
  return {
    userData,
    handlers,
    windows,
    messageBoxChoice,
    prompts,
    menus: [] as unknown[],
    module: {
      app: {
        enableSandbox: () => undefined,
        getPath: () => userData.dir,
        whenReady: () => Promise.resolve(),
        isReady: () => true,
        isPackaged: false,
        on: () => undefined,
        requestSingleInstanceLock: () => true,
        quit: () => undefined,
        addRecentDocument: () => undefined,
      },
      protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
      session: {
        defaultSession: {
          setPermissionRequestHandler: () => undefined,
          setPermissionCheckHandler: () => undefined,
        },
      },
      ipcMain: {
        handle: (
          channel: string,
          handler: (event: unknown, payload: unknown) => Promise<unknown>,
        ) => handlers.set(channel, handler),
      },
      BrowserWindow: FakeWindow,
      Menu: {
        buildFromTemplate: (template: unknown) => ({ template }),
        setApplicationMenu: (menu: unknown) => electronMenus.push(menu),
      },
      dialog: {
        showMessageBoxSync: (_window: unknown, options: Record<string, unknown>) => {
          prompts.push(options);
          return messageBoxChoice.value;
        },
        showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
        showSaveDialog: async () => ({ canceled: true }),
      },
      shell: { openExternal: async () => undefined, showItemInFolder: () => undefined },
      net: { fetch: async () => new Response('') },
    },
  };
});
const electronMenus = electron.menus;

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));
vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown> = {};
    set(key: string, value: unknown) {
      this.store[key] = value;
    }
  },
}));

electron.userData.dir = mkdtempSync(join(tmpdir(), 'cw-electron-'));
await import('../../main/electron/main');
await new Promise((r) => setTimeout(r, 0));

const window = electron.windows[0]!;
const trustedFrame = { url: 'clusterwire://app/index.html', parent: null };
const invoke = (name: string, payload: unknown, frame: unknown = trustedFrame) =>
  electron.handlers.get(`${CHANNEL_PREFIX}${name}`)!(
    { sender: window.webContents, senderFrame: frame },
    payload,
  ) as Promise<{ ok: boolean; value?: Record<string, unknown>; error?: { code: string } }>;

/** A further window, as File > New Window makes it, and a way to call from its page. */
function newWindow() {
  const menu = electronMenus.at(-1) as {
    template: Array<{ submenu: Array<{ label?: string; click?: () => void }> }>;
  };
  menu.template[0]!.submenu.find((i) => i.label === 'New Window')!.click!();
  const made = electron.windows.at(-1)!;
  return {
    window: made,
    invoke: (name: string, payload: unknown) =>
      electron.handlers.get(`${CHANNEL_PREFIX}${name}`)!(
        { sender: made.webContents, senderFrame: trustedFrame },
        payload,
      ) as Promise<{ ok: boolean; error?: { code: string } }>,
  };
}

describe('Electron main (electron mocked)', () => {
  it('opens one hardened window on the app scheme with the bundled preload', () => {
    expect(electron.windows).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      preload: expect.stringMatching(/preload[\\/]preload\.cjs$/),
    });
  });

  it('registers every call of the contract, and nothing else', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(
      CALL_NAMES.map((n) => `${CHANNEL_PREFIX}${n}`).sort(),
    );
  });

  it('answers the app page and refuses subframes and foreign pages', async () => {
    expect(await invoke('info', {})).toMatchObject({ ok: true, value: { transport: 'electron' } });
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'clusterwire://app/index.html', parent: trustedFrame },
      { url: 'file:///etc/passwd', parent: null },
      null,
    ]) {
      expect(await invoke('info', {}, frame)).toMatchObject({
        ok: false,
        error: { code: 'not-allowed' },
      });
    }
  });

  it('validates payloads and only opens paths the user chose', async () => {
    expect(await invoke('open', { path: 3 })).toMatchObject({ error: { code: 'bad-request' } });
    expect(await invoke('open', { path: '/etc/passwd' })).toMatchObject({
      error: { code: 'not-allowed' },
    });
  });

  it('shows the file name and a dirty marker in the title', async () => {
    await invoke('setDocumentState', { title: 'rack-a.clusterwire', dirty: true });
    expect(window.title).toBe('rack-a.clusterwire • — ClusterWire');
  });

  it('asks before closing unsaved work and lets the renderer save first', async () => {
    electron.messageBoxChoice.value = 0;
    window.close();
    expect(window.closed).toBe(false);
    expect(window.sent).toContainEqual([MENU_CHANNEL, 'save-and-close']);
    electron.messageBoxChoice.value = 2;
    window.close();
    expect(window.closed).toBe(false);
    // After saving, the renderer asks to close: no second question.
    await invoke('closeWindow', {});
    expect(window.closed).toBe(true);
  });

  it("Don't Save closes the window even when the page does not answer", async () => {
    vi.useFakeTimers();
    try {
      const menu = electronMenus.at(-1) as {
        template: Array<{ submenu: Array<{ label?: string; click?: () => void }> }>;
      };
      menu.template[0]!.submenu.find((i) => i.label === 'New Window')!.click!();
      const second = electron.windows.at(-1)!;
      const invokeIn = (name: string, payload: unknown) =>
        electron.handlers.get(`${CHANNEL_PREFIX}${name}`)!(
          { sender: second.webContents, senderFrame: trustedFrame },
          payload,
        );
      await invokeIn('setDocumentState', { title: 'b.clusterwire', dirty: true });
      electron.messageBoxChoice.value = 1;
      second.close();
      expect(second.sent).toContainEqual([MENU_CHANNEL, 'discard-and-close']);
      expect(second.closed).toBe(false);
      vi.advanceTimersByTime(5000);
      expect(second.closed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a failed page whose work is in the recovery folder closes without a false alarm', async () => {
    const failed = newWindow();
    await failed.invoke('autosave', { key: 'doc-failed-1', path: null, design: template() });
    const reported = await failed.invoke('setDocumentState', {
      title: 'c.clusterwire',
      dirty: true,
      failed: { recoveryKey: 'doc-failed-1', written: true },
    });
    expect(reported).toMatchObject({ ok: true });
    const asked = electron.prompts.length;
    failed.window.close();
    expect(electron.prompts).toHaveLength(asked);
    expect(failed.window.closed).toBe(true);
    // Nothing was asked of the page, which could not answer.
    expect(failed.window.sent).toEqual([]);
    // The work stays in the recovery folder for the next start.
    expect(existsSync(join(electron.userData.dir, 'recovery', 'doc-failed-1.recovery.json'))).toBe(
      true,
    );
  });

  it('a failed page whose work is not in recovery says it would be lost, and offers no Save', async () => {
    const failed = newWindow();
    await failed.invoke('setDocumentState', {
      title: 'd.clusterwire',
      dirty: true,
      failed: { recoveryKey: 'doc-failed-2', written: false },
    });
    electron.messageBoxChoice.value = 1;
    failed.window.close();
    expect(electron.prompts.at(-1)).toMatchObject({
      message: 'Close this window and lose its unsaved changes?',
      buttons: ['Close', 'Cancel'],
    });
    expect(failed.window.closed).toBe(false);
    electron.messageBoxChoice.value = 0;
    failed.window.close();
    expect(failed.window.closed).toBe(true);
    expect(failed.window.sent).toEqual([]);
  });

  it('a recovery key in the failure report cannot smuggle a path', async () => {
    const failed = newWindow();
    expect(
      await failed.invoke('setDocumentState', {
        title: 'e.clusterwire',
        dirty: true,
        failed: { recoveryKey: '../../../etc/passwd', written: true },
      }),
    ).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('builds File, Edit, View and Help menus with the standard shortcuts', () => {
    const menu = electronMenus.at(-1) as {
      template: Array<{ label?: string; submenu: unknown[] }>;
    };
    const labels = menu.template.map((m) => m.label).filter(Boolean);
    expect(labels).toEqual(['&File', '&Edit', '&View', '&Help']);
    const file = menu.template[0]!.submenu as Array<{ label?: string; accelerator?: string }>;
    expect(file.find((i) => i.label === 'Save')?.accelerator).toBe('CmdOrCtrl+S');
    expect(file.find((i) => i.label === 'Open…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(file.map((i) => i.label)).toContain('Open Recent');
    expect(file.map((i) => i.label)).toContain('Export');
  });
});
