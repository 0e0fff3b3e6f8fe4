import type { PanelPreferences } from '../../../shared/ipc';
import { bridge } from '../state/bridge';
import { registerCommands } from '../state/commands';
import { showModal, useUi } from '../state/ui';
import type { Modal } from '../state/ui';
import { useOverlay } from '../state/overlay';
import {
  closeWindow,
  exportAs,
  importDeviceTypes,
  newFromTemplate,
  openFile,
  repeatExport,
  save,
  saveAs,
} from './files';

async function toggleTheme(): Promise<void> {
  const current = useUi.getState().prefs?.theme ?? 'system';
  const dark =
    current === 'dark' ||
    (current === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  useUi.getState().setPrefs(await bridge.setPreferences({ theme: dark ? 'light' : 'dark' }));
}

/** Shows or hides a panel, and remembers it for the next start (the preferences). */
function togglePanel(panel: keyof PanelPreferences): void {
  useUi.getState().togglePanel(panel);
  const shown = useUi.getState().panels[panel];
  void bridge.setPreferences({ panels: { [panel]: shown } }).catch(() => undefined);
}

/** A dialog that only shows something, and resolves when it is closed. */
type InfoDialog = Extract<Modal, { kind: 'shortcuts' | 'preferences' | 'rules' | 'about' }>;
const show = (kind: InfoDialog['kind']) => () => showModal<InfoDialog>({ kind });

/** The shell's commands: files, exports, closing, panels, the theme and the dialogs. */
export function registerShellCommands(): void {
  registerCommands({
    new: () => newFromTemplate(),
    open: () => openFile(),
    save,
    'save-as': saveAs,
    'export-svg': () => exportAs('svg'),
    'export-png': () => exportAs('png'),
    'export-bom': () => exportAs('bom'),
    'export-cables': () => exportAs('cables'),
    'export-drawio': () => exportAs('drawio'),
    'export-clab': () => exportAs('clab'),
    'export-netbox': () => exportAs('netbox'),
    'import-device-types': importDeviceTypes,
    'repeat-export': repeatExport,
    'generate-config': () => showModal<Extract<Modal, { kind: 'generate' }>>({ kind: 'generate' }),
    'save-and-close': () => closeWindow(true),
    'discard-and-close': () => closeWindow(false),
    'toggle-problems': () => togglePanel('problems'),
    'toggle-minimap': () => togglePanel('minimap'),
    'toggle-legend': () => togglePanel('legend'),
    'toggle-theme': toggleTheme,
    shortcuts: show('shortcuts'),
    preferences: show('preferences'),
    'rules-reference': show('rules'),
    about: show('about'),
    // The comparisons load their code (diff, LLDP parsing, cabling check) on first use: the
    // app starts without it.
    'compare-file': async () => (await import('./compare')).compareWithFile(),
    'compare-saved': async () => (await import('./compare')).compareWithSaved(),
    'check-cabling': async () => (await import('./compare')).checkCablingFiles(),
    'clear-comparison': () => useOverlay.getState().clear(),
  });
}
