import { create } from 'zustand';
import type { PeerLinkLeg, PeerLinkProposal } from '../../../shared/edit';
import type { Paper } from '../../../shared/export/paper';
import type { WizardOptions } from '../../../shared/templates';
import { Preferences } from '../../../shared/ipc';
import type {
  AppInfo,
  BridgeError,
  ClabImages,
  ExportRequest,
  FileKind,
  PanelPreferences,
  RecoveryEntry,
} from '../../../shared/ipc';

export type ExportKind = ExportRequest['kind'];

export type Modal =
  | {
      kind: 'ask';
      title: string;
      message: string;
      buttons: string[];
      resolve(choice: number | null): void;
    }
  | {
      kind: 'pick';
      mode: 'open' | 'save';
      fileKind: FileKind;
      suggestedName: string;
      resolve(path: string | null): void;
    }
  | {
      kind: 'templates';
      resolve(choice: { template: string; options?: WizardOptions } | null): void;
    }
  | {
      kind: 'export-options';
      exportKind: ExportKind;
      resolve(options: ExportChoices | null): void;
    }
  | { kind: 'generate'; resolve(): void }
  | { kind: 'recovery'; entries: RecoveryEntry[]; resolve(key: string | null): void }
  | {
      kind: 'error';
      title: string;
      message: string;
      problems?: BridgeError['problems'];
      resolve(): void;
    }
  | {
      kind: 'prompt';
      title: string;
      message: string;
      label: string;
      resolve(text: string | null): void;
    }
  | { kind: 'pick-lldp'; resolve(paths: string[] | null): void }
  | { kind: 'rules'; resolve(): void }
  | { kind: 'about'; resolve(): void }
  | { kind: 'shortcuts'; resolve(): void }
  | { kind: 'preferences'; resolve(): void }
  | {
      kind: 'peer-link';
      /** Making the pair too ("Make MLAG pair"), or a peer link for a pair that has none. */
      withPair: boolean;
      proposal: PeerLinkProposal;
      /** The legs to cable; [] for the pair without a peer link; null to cancel. */
      resolve(legs: PeerLinkLeg[] | null): void;
    }
  | {
      /** containerlab images per kind, or the NetBox site, before the file name is asked. */
      kind: 'interop-options';
      exportKind: 'clab' | 'netbox';
      resolve(options: InteropExportOptions | null): void;
    }
  | {
      /** The in-app picker choosing several files (Import Device Types in serve mode). */
      kind: 'pick-many';
      fileKind: FileKind;
      resolve(paths: string[] | null): void;
    }
  | { kind: 'import-report'; report: DeviceTypeImportReport; resolve(): void };

/** What the containerlab and NetBox exports ask before the file name. */
export interface InteropExportOptions {
  site?: string;
  clabImages?: ClabImages;
}

/** What one Import Device Types added, per file, with the notes of each model. */
export interface DeviceTypeImportReport {
  catalogPath: string;
  models: { id: string; name: string; file: string; notes: string[] }[];
}

type ModalRequest<M extends Modal> = Omit<M, 'resolve'>;
type Resolved<M extends Modal> = Parameters<M['resolve']>[0];

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  text: string;
  /** A file the notice is about, offered for "Show in folder" where the platform can. */
  path?: string;
  /** A button that acts on what the notice says; the notice goes once `run` says it is done. */
  action?: NoticeAction;
}

export interface NoticeAction {
  label: string;
  run(): Promise<boolean>;
}

/** What the export dialog asks; `paper` fits SVG and PNG to landscape paper. */
export interface ExportChoices {
  scale: number;
  transparent: boolean;
  excel: boolean;
  paper?: Paper;
}

/** Long work that reports how far it is (a PNG export), with a way to stop it. */
export interface Progress {
  text: string;
  cancel(): void;
}

interface UiStore {
  info: AppInfo | null;
  prefs: Preferences | null;
  recent: string[];
  modal: Modal | null;
  /** What long work is running ("Saving…"); shown in the status bar, blocks other commands. */
  busy: string | null;
  /** The file named at launch while start-up opens it: the window says so instead of welcoming. */
  launching: string | null;
  notices: Notice[];
  /** Shown as a notice with a Cancel button while set. */
  progress: Progress | null;
  /**
   * Canvas overlays and panels the user can hide (View menu), as the preferences remember them
   * at start; the shell's toggle commands change them and tell the preferences.
   */
  panels: PanelPreferences;
  togglePanel(panel: keyof PanelPreferences): void;
  setInfo(info: AppInfo, prefs: Preferences): void;
  setPrefs(prefs: Preferences): void;
  setRecent(recent: string[]): void;
  setBusy(busy: string | null): void;
  setLaunching(path: string | null): void;
  setProgress(progress: Progress | null): void;
  notify(tone: Notice['tone'], text: string, path?: string, action?: NoticeAction): void;
  dismiss(id: number): void;
}

let noticeId = 0;

/** How many notices show at once, unless more of them offer an action. */
const NOTICES_SHOWN = 4;

/**
 * The notices to keep: the oldest plain ones make room first. One that offers an action (open
 * the work set aside from recovery) stays until the user dismisses it: in serve mode its button
 * is the only way to that work.
 */
function keepRecent(notices: Notice[]): Notice[] {
  const kept = [...notices];
  while (kept.length > NOTICES_SHOWN) {
    // The newest always shows, whatever it is.
    const oldestPlain = kept.findIndex((n, i) => !n.action && i < kept.length - 1);
    if (oldestPlain < 0) break;
    kept.splice(oldestPlain, 1);
  }
  return kept;
}

export const useUi = create<UiStore>()((set) => ({
  info: null,
  prefs: null,
  recent: [],
  modal: null,
  busy: null,
  launching: null,
  notices: [],
  progress: null,
  panels: { minimap: true, legend: true, problems: true, palette: true, inspector: true },
  togglePanel: (panel) => set((s) => ({ panels: { ...s.panels, [panel]: !s.panels[panel] } })),
  // Panels are read from the preferences at start only: later answers of setPreferences arrive
  // after the toggles that caused them, and would flicker a quick second toggle back. Read
  // through the schema, so preferences without them (an older main) show every panel.
  setInfo: (info, prefs) =>
    set({ info, prefs, panels: Preferences.shape.panels.parse(prefs.panels) }),
  setPrefs: (prefs) => set({ prefs }),
  setRecent: (recent) => set({ recent }),
  setBusy: (busy) => set({ busy }),
  setLaunching: (launching) => set({ launching }),
  setProgress: (progress) => set({ progress }),
  notify: (tone, text, path, action) =>
    set((s) => ({
      notices: keepRecent([
        ...s.notices,
        { id: ++noticeId, tone, text, ...(path ? { path } : {}), ...(action ? { action } : {}) },
      ]),
    })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

/** Answers the open modal's opener as cancelled, leaving the window's modal as it is. */
let cancelOpen: (() => void) | null = null;

/**
 * Shows a modal and resolves with what the user chose; one modal at a time. A modal opened over
 * another (a native menu command while a dialog is open) replaces it, and the replaced one
 * answers its opener as cancelled, so no opener waits for ever.
 */
export function showModal<M extends Modal>(request: ModalRequest<M>): Promise<Resolved<M>> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (value: Resolved<M>) => {
      if (answered) return;
      answered = true;
      if (cancelOpen === cancel) cancelOpen = null;
      resolve(value);
    };
    // Every modal's "cancelled" is null (those that answer nothing ignore it).
    const cancel = () => answer(null as Resolved<M>);
    const modal = {
      ...request,
      resolve: (value: Resolved<M>) => {
        if (answered) return; // replaced already: the window shows another modal now
        useUi.setState({ modal: null });
        answer(value);
      },
    } as unknown as Modal;
    const replaced = cancelOpen;
    cancelOpen = cancel;
    useUi.setState({ modal });
    replaced?.();
  });
}

export const ask = (title: string, message: string, buttons: string[]) =>
  showModal<Extract<Modal, { kind: 'ask' }>>({ kind: 'ask', title, message, buttons });

export const showError = (title: string, message: string, problems?: BridgeError['problems']) =>
  showModal<Extract<Modal, { kind: 'error' }>>({
    kind: 'error',
    title,
    message,
    ...(problems ? { problems } : {}),
  });

export const promptText = (title: string, message: string, label: string) =>
  showModal<Extract<Modal, { kind: 'prompt' }>>({ kind: 'prompt', title, message, label });
