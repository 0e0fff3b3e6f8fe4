import { BridgeCallError } from '../../../shared/ipc';
import type { FileKind, FileStamp } from '../../../shared/ipc';
import type { Design } from '../../../shared/model';
import { bridge } from '../state/bridge';
import { fileName, isDirty, useDocument } from '../state/document';
import { ask, showError, showModal, useUi } from '../state/ui';
import type { ExportKind, Modal } from '../state/ui';

const EXTENSION: Record<FileKind, string> = {
  design: 'clusterwire',
  svg: 'svg',
  png: 'png',
  bom: 'csv',
  cables: 'csv',
  config: '',
};
const EXPORT_NAME: Record<ExportKind, string> = {
  svg: 'diagram (SVG)',
  png: 'diagram (PNG)',
  bom: 'bill of materials',
  cables: 'cable schedule',
};

/** Runs long work with a status line; refuses to start a second piece of work meanwhile. */
async function busy<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
  if (useUi.getState().busy) return undefined;
  useUi.getState().setBusy(label);
  try {
    return await work();
  } finally {
    useUi.getState().setBusy(null);
  }
}

async function refreshRecent(): Promise<void> {
  useUi.getState().setRecent(await bridge.listRecent({}));
}

function baseName(): string {
  const doc = useDocument.getState().doc;
  const name = doc?.path
    ? fileName(doc.path).replace(/\.clusterwire$/i, '')
    : doc?.design.meta.name;
  return (name ?? 'design').replace(/[\\/:*?"<>|]+/g, '-').trim() || 'design';
}

/** A native dialog in Electron; the in-app picker, confined to the served folder, otherwise. */
async function pickFile(
  mode: 'open' | 'save',
  fileKind: FileKind,
  suggestedName = '',
): Promise<string | null> {
  if (useUi.getState().info?.nativeDialogs) {
    const { path } =
      mode === 'open'
        ? await bridge.showOpenDialog({})
        : await bridge.showSaveDialog({ kind: fileKind, suggestedName });
    return path;
  }
  return showModal<Extract<Modal, { kind: 'pick' }>>({
    kind: 'pick',
    mode,
    fileKind,
    suggestedName,
  });
}

function reportFailure(title: string, error: unknown): Promise<void> {
  if (error instanceof BridgeCallError) return showError(title, error.message, error.problems);
  return showError(title, error instanceof Error ? error.message : String(error));
}

/** Settles unsaved work before it would be replaced: true when it is safe to go on. */
export async function settleUnsaved(action: string): Promise<boolean> {
  const doc = useDocument.getState().doc;
  if (!isDirty(doc) || !doc) return true;
  const choice = await ask(
    'Unsaved changes',
    `Save the changes to ${fileName(doc.path)} before you ${action}?`,
    ['Save', "Don't Save", 'Cancel'],
  );
  if (choice === 0) return save();
  if (choice === 1) {
    await bridge.discardRecovery({ key: doc.key }).catch(() => undefined);
    return true;
  }
  return false;
}

export async function newFromTemplate(template?: string): Promise<void> {
  if (!(await settleUnsaved('start a new design'))) return;
  const choice = template
    ? { template }
    : await showModal<Extract<Modal, { kind: 'templates' }>>({ kind: 'templates' });
  if (!choice) return;
  try {
    const { design } = await bridge.newDesign(choice);
    useDocument.getState().load({ path: null, design, stamp: null });
  } catch (error) {
    await reportFailure('Could not create the design', error);
  }
}

export async function openFile(path?: string): Promise<void> {
  if (!(await settleUnsaved('open another design'))) return;
  const chosen = path ?? (await pickFile('open', 'design'));
  if (!chosen) return;
  const outcome = await attempt(`Opening ${fileName(chosen)}…`, () =>
    bridge.open({ path: chosen }),
  );
  if (outcome?.ok) {
    const opened = outcome.value;
    useDocument.getState().load({ path: opened.path, design: opened.design, stamp: opened.stamp });
    if (opened.migratedFrom !== undefined) {
      useUi
        .getState()
        .notify(
          'info',
          `Upgraded from file version ${opened.migratedFrom}; saving writes the new version.`,
        );
    }
    for (const warning of opened.catalogWarnings) useUi.getState().notify('error', warning);
  } else if (outcome) {
    await reportFailure(`Could not open ${fileName(chosen)}`, outcome.error);
  }
  await refreshRecent();
}

/** Runs bridge work under a status line; the outcome is handled after, so dialogs never sit under it. */
function attempt<T>(label: string, work: () => Promise<T>) {
  return busy(label, () =>
    work().then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    ),
  );
}

async function writeDesign(
  path: string,
  expected: FileStamp | null,
  overwrite = false,
): Promise<boolean> {
  const doc = useDocument.getState().doc;
  if (!doc) return false;
  const design: Design = doc.design;
  const outcome = await attempt(`Saving ${fileName(path)}…`, () =>
    bridge.save({ path, design, expected, overwrite }),
  );
  if (!outcome) return false;
  if (outcome.ok) {
    const saved = outcome.value;
    useDocument.getState().markSaved(saved.path, saved.stamp, design);
    await bridge.discardRecovery({ key: doc.key }).catch(() => undefined);
    useUi.getState().notify('info', `Saved ${fileName(saved.path)}`);
    await refreshRecent();
    return true;
  }
  const error = outcome.error;
  if (error instanceof BridgeCallError && error.code === 'exists') {
    const choice = await ask('Replace file?', error.message, ['Replace', 'Cancel']);
    return choice === 0 ? writeDesign(path, expected, true) : false;
  }
  if (error instanceof BridgeCallError && error.code === 'conflict') {
    const choice = await ask('File changed on disk', error.message, [
      'Overwrite',
      'Save As…',
      'Cancel',
    ]);
    if (choice === 0) return writeDesign(path, expected, true);
    return choice === 1 ? saveAs() : false;
  }
  await reportFailure(`Could not save ${fileName(path)}`, error);
  return false;
}

export async function save(): Promise<boolean> {
  const doc = useDocument.getState().doc;
  if (!doc) return false;
  if (doc.path === null) return saveAs();
  return writeDesign(doc.path, doc.stamp);
}

export async function saveAs(): Promise<boolean> {
  const doc = useDocument.getState().doc;
  if (!doc) return false;
  const path = await pickFile('save', 'design', `${baseName()}.clusterwire`);
  if (!path) return false;
  // The same file as before keeps its stamp, so a changed-on-disk check still applies.
  return writeDesign(path, path === doc.path ? doc.stamp : null);
}

async function runExport(
  request: {
    kind: ExportKind;
    path: string;
    scale: number;
    transparent?: boolean;
    excel?: boolean;
  },
  /** The user already agreed to replace the file (a native save dialog, Repeat Last Export). */
  overwrite: boolean,
): Promise<void> {
  const doc = useDocument.getState().doc;
  if (!doc) return;
  const outcome = await attempt(`Exporting the ${EXPORT_NAME[request.kind]}…`, () =>
    bridge.exportDesign({ design: doc.design, request, designPath: doc.path, overwrite }),
  );
  if (outcome?.ok) {
    useUi.getState().setPrefs(await bridge.getPreferences({}));
    const path = outcome.value.path;
    useUi
      .getState()
      .notify('info', `Exported the ${EXPORT_NAME[request.kind]} to ${fileName(path)}`, path);
  } else if (outcome) {
    const error = outcome.error;
    if (error instanceof BridgeCallError && error.code === 'exists') {
      const choice = await ask('Replace file?', error.message, ['Replace', 'Cancel']);
      if (choice === 0) await runExport(request, true);
      return;
    }
    if (error instanceof BridgeCallError && error.code === 'too-large' && error.fitScale) {
      // A large design at print scale is over the pixel cap: offer the largest scale that fits.
      const choice = await ask('Diagram too large at this scale', error.message, [
        `Export at scale ${error.fitScale}`,
        'Cancel',
      ]);
      if (choice === 0) await runExport({ ...request, scale: error.fitScale }, overwrite);
      return;
    }
    await reportFailure(`Could not export the ${EXPORT_NAME[request.kind]}`, error);
  }
}

export async function exportAs(kind: ExportKind): Promise<void> {
  if (!useDocument.getState().doc) return;
  const options =
    kind === 'svg'
      ? { scale: 1, transparent: false, excel: false }
      : await showModal<Extract<Modal, { kind: 'export-options' }>>({
          kind: 'export-options',
          exportKind: kind,
        });
  if (!options) return;
  const suffix = kind === 'bom' ? '-bom' : kind === 'cables' ? '-cables' : '';
  const path = await pickFile('save', kind, `${baseName()}${suffix}.${EXTENSION[kind]}`);
  if (!path) return;
  // A native save dialog has asked about replacing; the in-app picker leaves it to the bridge.
  await runExport({ kind, path, ...options }, useUi.getState().info?.nativeDialogs === true);
}

/**
 * Saves the generated configuration into a folder the user names. Main generates again from
 * the design and refuses a folder that is not empty unless the user agrees to overwrite.
 */
export async function generateConfigFolder(
  switchPlatform: 'eos' | 'nvue' | undefined,
  chosen?: string,
  overwrite = false,
): Promise<void> {
  const doc = useDocument.getState().doc;
  if (!doc) return;
  const folder = chosen ?? (await pickFile('save', 'config', `${baseName()}-config`));
  if (!folder) return;
  const outcome = await attempt('Writing the configuration…', () =>
    bridge.generateConfig({
      design: doc.design,
      folder,
      designPath: doc.path,
      overwrite,
      ...(switchPlatform ? { switchPlatform } : {}),
    }),
  );
  if (outcome?.ok) {
    const { folder: written, files } = outcome.value;
    useUi
      .getState()
      .notify('info', `Wrote ${files} configuration files to ${fileName(written)}`, written);
  } else if (outcome) {
    const error = outcome.error;
    if (error instanceof BridgeCallError && error.code === 'exists') {
      const choice = await ask(
        'Folder not empty',
        `${error.message} Overwrite the generated files in it?`,
        ['Overwrite', 'Cancel'],
      );
      if (choice === 0) await generateConfigFolder(switchPlatform, folder, true);
      return;
    }
    await reportFailure('Could not write the configuration', error);
  }
}

export async function repeatExport(): Promise<void> {
  const last = useUi.getState().prefs?.lastExport;
  if (!last) {
    useUi.getState().notify('info', 'Nothing exported yet: use File › Export first.');
    return;
  }
  await runExport(last, true);
}

export async function restoreRecovered(): Promise<boolean> {
  const entries = await bridge.listRecovery({});
  if (entries.length === 0) return false;
  const key = await showModal<Extract<Modal, { kind: 'recovery' }>>({ kind: 'recovery', entries });
  if (!key) return false;
  try {
    const { entry, design } = await bridge.restoreRecovery({ key });
    useDocument
      .getState()
      .load({ key: entry.key, path: entry.path, design, stamp: null, dirty: true });
    return true;
  } catch (error) {
    await reportFailure('Could not restore the recovered work', error);
    return false;
  }
}

/** Main asked before closing the window: save first (Save) or drop the recovered work (Don't Save). */
export async function closeWindow(saveFirst: boolean): Promise<void> {
  const doc = useDocument.getState().doc;
  if (saveFirst) {
    if (!(await save())) return;
  } else if (doc) {
    await bridge.discardRecovery({ key: doc.key }).catch(() => undefined);
  }
  await bridge.closeWindow({});
}
