import { existsSync } from 'node:fs';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, Menu, app, dialog, net, protocol, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import { MENU_CHANNEL } from '../../shared/ipc/constants';
import type { FileKind, MenuCommand } from '../../shared/ipc/contract';
import { VERSION } from '../../shared/version';
import { removeStaleTemps } from '../services/atomicWrite';
import { bridgeHandlers } from '../services/bridgeHandlers';
import { grantPolicy } from '../services/pathPolicy';
import { preferenceStore } from '../services/preferences';
import type { DocumentState } from '../services/bridgeHandlers';
import type { KeyValueBackend } from '../services/preferences';
import { recoveryStore } from '../services/recovery';
import { closeDecision } from './closeDecision';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import {
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  hardenContents,
  hardenSession,
} from './security';

// The renderer is served from a privileged custom scheme rather than file://, so it has a real
// origin for the CSP and cannot read arbitrary local files.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

// Tests and portable installs point the app at their own folder for preferences and recovery.
if (process.env.CLUSTERWIRE_USER_DATA) app.setPath('userData', process.env.CLUSTERWIRE_USER_DATA);

const rendererRoot = join(__dirname, '..', 'renderer');
const DESIGN_EXTENSION = '.clusterwire';

const prefs = preferenceStore(
  new ElectronStore({ name: 'preferences' }) as unknown as KeyValueBackend,
);
const recovery = recoveryStore(join(app.getPath('userData'), 'recovery'));

interface DesignWindow {
  window: BrowserWindow;
  handlers: ReturnType<typeof bridgeHandlers>;
  dirty: boolean;
  /** Set once the user has settled unsaved work, so the next close goes through. */
  closing: boolean;
  /** The page failed as a whole (it said so): it cannot save, its work may be in recovery. */
  failed: DocumentState['failed'];
}
const windows = new Map<number, DesignWindow>();
let quitting = false;
/** Only the first window of a run offers recovered work; later ones would show it twice. */
let recoveryOffered = false;

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = normalize(join(rendererRoot, relative));
    if (url.host !== 'app' || !file.startsWith(rendererRoot + sep)) {
      return new Response('not found', { status: 404 });
    }
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

const FILTERS: Record<FileKind, Electron.FileFilter[]> = {
  design: [{ name: 'ClusterWire design', extensions: ['clusterwire'] }],
  svg: [{ name: 'SVG image', extensions: ['svg'] }],
  png: [{ name: 'PNG image', extensions: ['png'] }],
  bom: [{ name: 'CSV', extensions: ['csv'] }],
  cables: [{ name: 'CSV', extensions: ['csv'] }],
  drawio: [{ name: 'draw.io diagram', extensions: ['drawio'] }],
  clab: [{ name: 'containerlab topology', extensions: ['yml', 'yaml'] }],
  // A folder the export makes: no extension to filter by.
  netbox: [],
  devicetype: [{ name: 'NetBox device type (YAML)', extensions: ['yaml', 'yml'] }],
  config: [],
};

function refreshMenu(): void {
  Menu.setApplicationMenu(
    buildMenu(prefs.read().recentFiles, {
      command: (command) => sendCommand(BrowserWindow.getFocusedWindow(), command),
      newWindow: () => createWindow(null),
      openRecent: (path) => createWindow(path),
      closeWindow: () => BrowserWindow.getFocusedWindow()?.close(),
    }),
  );
}

function sendCommand(window: BrowserWindow | null, command: MenuCommand): void {
  window?.webContents.send(MENU_CHANNEL, command);
}

function createWindow(initialFile: string | null): BrowserWindow {
  const bounds = prefs.read().windowBounds;
  const cascade = windows.size * 24;
  // webPreferences stay literal here (not spread from a constant) so reviewers and
  // electronegativity can see every setting at the place the window is made.
  const window = new BrowserWindow({
    width: bounds?.width ?? 1440,
    height: bounds?.height ?? 900,
    ...(bounds ? { x: bounds.x + cascade, y: bounds.y + cascade } : {}),
    minWidth: 900,
    minHeight: 600,
    title: 'ClusterWire',
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      preload: join(__dirname, '..', 'preload', 'preload.cjs'),
    },
  });
  hardenContents(window.webContents);
  if (bounds?.maximized && windows.size === 0) window.maximize();

  const policy = grantPolicy([
    ...prefs.read().recentFiles,
    ...(initialFile ? [initialFile] : []),
    ...(prefs.read().lastExport ? [prefs.read().lastExport!.path] : []),
  ]);
  const entry: DesignWindow = {
    window,
    dirty: false,
    closing: false,
    failed: null,
    handlers: bridgeHandlers({
      info: {
        transport: 'electron',
        appVersion: VERSION,
        initialFile,
        offerRecovery: !recoveryOffered,
      },
      policy,
      prefs: {
        ...prefs,
        addRecent: (path) => {
          const result = prefs.addRecent(path);
          app.addRecentDocument(path);
          refreshMenu();
          return result;
        },
      },
      recovery,
      dialogs: {
        async open(kind = 'design') {
          const result = await dialog.showOpenDialog(window, {
            properties: ['openFile'],
            filters: FILTERS[kind],
          });
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
        async openLldp() {
          const result = await dialog.showOpenDialog(window, {
            properties: ['openFile', 'multiSelections'],
            filters: [{ name: 'LLDP neighbours (JSON)', extensions: ['json'] }],
          });
          return result.canceled ? [] : result.filePaths;
        },
        async openMany(kind = 'design') {
          const result = await dialog.showOpenDialog(window, {
            properties: ['openFile', 'multiSelections'],
            filters: FILTERS[kind],
          });
          return result.canceled ? null : result.filePaths;
        },
        async save(kind, suggestedName) {
          const result = await dialog.showSaveDialog(window, {
            defaultPath: suggestedName,
            filters: FILTERS[kind],
          });
          return result.canceled ? null : (result.filePath ?? null);
        },
      },
      reveal: (path) => shell.showItemInFolder(path),
      onDocumentState: ({ title, dirty, failed }) => {
        entry.dirty = dirty;
        // A reloaded page reports afresh without `failed`, and can save again.
        entry.failed = failed;
        window.setTitle(`${title}${dirty ? ' •' : ''} — ClusterWire`);
        window.setDocumentEdited(dirty);
      },
      closeWindow: () => {
        entry.closing = true;
        window.close();
      },
    }),
  };
  windows.set(window.webContents.id, entry);
  recoveryOffered = true;

  window.on('close', (event) => {
    const { failed } = entry;
    const decision = closeDecision({
      dirty: entry.dirty,
      settled: entry.closing,
      // Looked at now: the recovery file may have been restored or discarded since.
      failed: failed && { written: failed.written, inRecovery: existsSync(failed.recoveryPath) },
    });
    const answer =
      decision.kind === 'close'
        ? 'close'
        : (decision.answers[
            dialog.showMessageBoxSync(window, { type: 'warning', ...decision.prompt })
          ] ?? 'cancel');
    if (answer === 'close') {
      prefs.update({
        windowBounds: { ...window.getNormalBounds(), maximized: window.isMaximized() },
      });
      return;
    }
    event.preventDefault();
    if (answer === 'cancel') {
      quitting = false;
      return;
    }
    // The renderer holds the design: it saves (or drops its recovery file), then calls closeWindow.
    sendCommand(window, answer === 'save' ? 'save-and-close' : 'discard-and-close');
    if (answer === 'discard') {
      // Don't Save must close even if the page no longer answers.
      setTimeout(() => {
        if (window.isDestroyed()) return;
        entry.closing = true;
        window.close();
      }, 5000);
    }
  });
  // The WebContents is gone by 'closed': remember its id now.
  const contentsId = window.webContents.id;
  window.on('closed', () => {
    windows.delete(contentsId);
    if (quitting && windows.size === 0) app.quit();
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

/** Design files named on the command line (or by the OS, via the file association). */
function designArgs(argv: string[], cwd = process.cwd()): string[] {
  return argv.filter((a) => a.toLowerCase().endsWith(DESIGN_EXTENSION)).map((a) => resolve(cwd, a));
}

app.on('web-contents-created', (_event, contents) => hardenContents(contents));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    const files = designArgs(argv, cwd);
    if (files.length === 0) BrowserWindow.getAllWindows()[0]?.focus();
    for (const file of files) createWindow(file);
  });
  // macOS sends files opened from Finder (the .clusterwire association) as events.
  const pendingOpen: string[] = [];
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) createWindow(path);
    else pendingOpen.push(path);
  });

  app.on('before-quit', () => {
    quitting = true;
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveRenderer();
    registerIpc((event) => windows.get(event.sender.id)?.handlers);
    refreshMenu();
    const files = [...designArgs(process.argv.slice(app.isPackaged ? 1 : 2)), ...pendingOpen];
    if (files.length === 0) createWindow(null);
    for (const file of files) createWindow(file);
    // Temp files of saves that a crash interrupted, beside the designs this user works on.
    const folders = new Set([...prefs.read().recentFiles, ...files].map((f) => dirname(f)));
    for (const folder of folders) void removeStaleTemps(folder);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow(null);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
