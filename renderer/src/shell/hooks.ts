import { useEffect, useState } from 'react';
import { bridge } from '../state/bridge';
import { dropStartupCalls } from '../state/transport';
import { fileName, isDirty, useDocument } from '../state/document';
import { commandForKey } from '../../../shared/commands';
import { runCommand } from '../state/commands';
import { dropAutosave, hasAutosave, writeAutosave } from './autosave';
import { openFile, restoreRecovered } from './files';
import { keyContext } from './keys';
import { showError, useUi } from '../state/ui';

let started = false;

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLTextAreaElement ||
  target instanceof HTMLSelectElement;

/** Start: learn the transport, offer recovered work, then open the file named at launch. */
export function useStartup(): void {
  useEffect(() => {
    if (started) return;
    started = true;
    void (async () => {
      try {
        // The entry sent these calls (and the launch file's open) before the app had loaded.
        const [info, prefs, recent] = await Promise.all([
          bridge.info({}),
          bridge.getPreferences({}),
          bridge.listRecent({}),
        ]);
        useUi.getState().setLaunching(info.initialFile);
        useUi.getState().setInfo(info, prefs);
        useUi.getState().setRecent(recent);
        // The launch file is asked for while recovered work is looked for; it is used only if
        // no recovered work is restored instead (its failure is reported when it is used).
        const launch = info.initialFile ? bridge.open({ path: info.initialFile }) : undefined;
        launch?.catch(() => undefined);
        const restored = info.offerRecovery ? await restoreRecovered() : false;
        if (!restored && info.initialFile) await openFile(info.initialFile, launch);
      } catch (error) {
        await showError(
          'ClusterWire could not start',
          error instanceof Error ? error.message : String(error),
        );
      } finally {
        useUi.getState().setLaunching(null);
        dropStartupCalls();
      }
    })();
  }, []);
}

/**
 * Unsaved work goes to the recovery folder after a few idle seconds, so a crash (or a killed
 * server) loses at most that much. Work undone back to the design as opened or last saved is no
 * longer unsaved: its recovery file goes, so the next start does not offer to restore what the
 * user took back. Returns when this document was last autosaved (null while it is clean, and
 * for a document not autosaved yet: never another document's time).
 */
export function useAutosave(): string | null {
  const doc = useDocument((s) => s.doc);
  const seconds = useUi((s) => s.prefs?.autosaveSeconds ?? 5);
  const [last, setLast] = useState<{ key: string; at: string } | null>(null);
  const dirty = isDirty(doc);
  useEffect(() => {
    if (!doc) return;
    if (!dirty) {
      // The design is the very one opened or saved (undo came back to it): nothing to recover.
      if (hasAutosave(doc.key))
        dropAutosave(doc.key).catch((error: Error) =>
          useUi.getState().notify('error', `Could not remove the autosave: ${error.message}`),
        );
      return;
    }
    const timer = setTimeout(() => {
      writeAutosave(doc)
        .then((r) => setLast({ key: doc.key, at: r.savedAt }))
        .catch((error: Error) => useUi.getState().notify('error', error.message));
    }, seconds * 1000);
    return () => clearTimeout(timer);
  }, [doc, dirty, seconds]);
  return dirty && doc && last?.key === doc.key && hasAutosave(doc.key) ? last.at : null;
}

/** File name and dirty marker in the window title (Electron) and the tab title (serve mode). */
export function useDocumentTitle(): void {
  const doc = useDocument((s) => s.doc);
  const dirty = isDirty(doc);
  const transport = useUi((s) => s.info?.transport);
  const title = doc ? fileName(doc.path) : 'ClusterWire';
  useEffect(() => {
    document.title = doc ? `${dirty ? '• ' : ''}${title} — ClusterWire` : 'ClusterWire';
    void bridge.setDocumentState({ title, dirty }).catch(() => undefined);
  }, [doc, title, dirty]);
  useEffect(() => {
    // Serve mode: closing the tab with unsaved work asks first. Electron asks in main, and there
    // a page that cancels the unload would silently keep the window open after Don't Save.
    if (!dirty || transport !== 'http') return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, transport]);
}

/**
 * Commands from main (Electron's native menu) and from keys. The native menu answers its own
 * accelerators, so in Electron the page only answers the keys it keeps for itself (Delete, ?);
 * in serve mode, which has no native menu, it answers them all.
 */
export function useCommands(): void {
  const transport = useUi((s) => s.info?.transport);
  useEffect(() => bridge.onMenuCommand((command) => void runCommand(command)), []);
  useEffect(() => {
    const context = keyContext(transport);
    const onKey = (event: KeyboardEvent) => {
      if (useUi.getState().modal) return;
      const command = commandForKey(event, context);
      if (!command) return;
      // Plain keys (Delete, ?, F1) belong to the field being typed in; Ctrl/Cmd shortcuts still work.
      if (isTyping(event.target) && !event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      void runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [transport]);
}

/** Light, dark, or the system's choice; the root element carries it for CSS and React Flow. */
export function useTheme(): 'light' | 'dark' {
  const choice = useUi((s) => s.prefs?.theme ?? 'system');
  const [systemDark, setSystemDark] = useState(
    () => matchMedia('(prefers-color-scheme: dark)').matches,
  );
  useEffect(() => {
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const theme = choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
