import { BridgeCallError } from '../../../shared/ipc';
import type { FileKind, FileStamp } from '../../../shared/ipc';
import type { Paper } from '../../../shared/export/paper';
import type { Design } from '../../../shared/model';
import { plural } from '../../../shared/model';
import { bridge } from '../state/bridge';
import { dropAutosave } from './autosave';
import { useCatalog } from '../state/catalog';
import { fileName, isDirty, useDocument } from '../state/document';
import { ask, showError, showModal, useUi } from '../state/ui';
import type { ExportKind, Modal } from '../state/ui';

const EXTENSION: Record<FileKind, string> = {
  design: 'clusterwire',
  svg: 'svg',
  png: 'png',
  bom: 'csv',
  cables: 'csv',
  drawio: 'drawio',
  clab: 'clab.yml',
  netbox: '',
  devicetype: 'yaml',
  config: '',
};
const EXPORT_NAME: Record<ExportKind, string> = {
  svg: 'diagram (SVG)',
  png: 'diagram (PNG)',
  bom: 'bill of materials',
  cables: 'cable schedule',
  drawio: 'draw.io diagram',
  clab: 'containerlab topology',
  netbox: 'NetBox import',
};
/** Exports with nothing to choose: no options dialog before the file name. */
const NO_OPTIONS: ReadonlySet<ExportKind> = new Set(['drawio', 'clab', 'netbox']);

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
export async function pickFile(
  mode: 'open' | 'save',
  fileKind: FileKind,
  suggestedName = '',
): Promise<string | null> {
  if (useUi.getState().info?.nativeDialogs) {
    const { path } =
      mode === 'open'
        ? await bridge.showOpenDialog({ kind: fileKind })
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

/** Several files (Import Device Types): the native dialog's multi-select, or the in-app picker. */
async function pickFiles(fileKind: FileKind): Promise<string[] | null> {
  if (useUi.getState().info?.nativeDialogs) {
    const { path, paths } = await bridge.showOpenDialog({ kind: fileKind, multiple: true });
    const chosen = paths ?? (path ? [path] : []);
    return chosen.length > 0 ? chosen : null;
  }
  return showModal<Extract<Modal, { kind: 'pick-many' }>>({ kind: 'pick-many', fileKind });
}

export function reportFailure(title: string, error: unknown): Promise<void> {
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
    await dropAutosave(doc.key).catch(() => undefined);
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

/** Opens a design; `asked` is an open of `path` already under way (the launch file). */
export async function openFile(
  path?: string,
  asked?: ReturnType<typeof bridge.open>,
): Promise<void> {
  if (!(await settleUnsaved('open another design'))) return;
  const chosen = path ?? (await pickFile('open', 'design'));
  if (!chosen) return;
  const outcome = await attempt(
    `Opening ${fileName(chosen)}…`,
    () => asked ?? bridge.open({ path: chosen }),
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
    await dropAutosave(doc.key).catch(() => undefined);
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

const STAGE_TEXT: Record<string, string> = {
  drawing: 'drawing',
  rasterizing: 'rendering pixels',
  encoding: 'compressing',
  writing: 'writing the file',
};
const PROGRESS_POLL_MS = 400;

/**
 * An export call with progress: main renders a PNG in a worker thread, so while it runs this
 * asks how far it is, shows that with a Cancel button, and cancels on request.
 */
async function exportWithProgress(
  request: ExportRequestInput,
  designPath: string | null,
  overwrite: boolean,
  design: Design,
) {
  const job = `export-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const what = EXPORT_NAME[request.kind];
  const cancel = () => void bridge.cancelExport({ job });
  // Shown from the first answer on, so a quick export does not flash a notice.
  let running = true;
  const poll = async () => {
    while (running) {
      await new Promise((done) => setTimeout(done, PROGRESS_POLL_MS));
      const progress = await bridge.exportProgress({ job }).catch(() => null);
      if (!running || !progress) continue;
      const seconds = Math.floor(progress.seconds);
      useUi.getState().setProgress({
        text: `Exporting the ${what}: ${STAGE_TEXT[progress.stage] ?? progress.stage}… ${seconds} s`,
        cancel,
      });
    }
  };
  void poll();
  try {
    return await bridge.exportDesign({ design, request, designPath, overwrite, job });
  } finally {
    running = false;
    useUi.getState().setProgress(null);
  }
}

type ExportRequestInput = {
  kind: ExportKind;
  path: string;
  scale: number;
  transparent?: boolean;
  excel?: boolean;
  paper?: Paper;
};

async function runExport(
  request: ExportRequestInput,
  /** The user already agreed to replace the file (a native save dialog, Repeat Last Export). */
  overwrite: boolean,
): Promise<void> {
  const doc = useDocument.getState().doc;
  if (!doc) return;
  const outcome = await attempt(`Exporting the ${EXPORT_NAME[request.kind]}…`, () =>
    exportWithProgress(request, doc.path, overwrite, doc.design),
  );
  if (outcome?.ok) {
    useUi.getState().setPrefs(await bridge.getPreferences({}));
    const path = outcome.value.path;
    useUi
      .getState()
      .notify('info', `Exported the ${EXPORT_NAME[request.kind]} to ${fileName(path)}`, path);
  } else if (outcome) {
    const error = outcome.error;
    if (error instanceof BridgeCallError && error.code === 'cancelled') {
      useUi.getState().notify('info', `Export cancelled; nothing was written.`);
      return;
    }
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
  const options = NO_OPTIONS.has(kind)
    ? { scale: 1, transparent: false, excel: false }
    : await showModal<Extract<Modal, { kind: 'export-options' }>>({
        kind: 'export-options',
        exportKind: kind,
      });
  if (!options) return;
  // containerlab and NetBox ask their own options (images per kind, the site) first.
  const interop =
    kind === 'clab' || kind === 'netbox'
      ? await showModal<Extract<Modal, { kind: 'interop-options' }>>({
          kind: 'interop-options',
          exportKind: kind,
        })
      : {};
  if (!interop) return;
  const suffix = kind === 'bom' ? '-bom' : kind === 'cables' ? '-cables' : '';
  const name =
    kind === 'netbox' ? `${baseName()}-netbox` : `${baseName()}${suffix}.${EXTENSION[kind]}`;
  const path = await pickFile('save', kind, name);
  if (!path) return;
  // A native save dialog has asked about replacing; the in-app picker leaves it to the bridge.
  await runExport(
    { kind, path, ...options, ...interop },
    useUi.getState().info?.nativeDialogs === true,
  );
}

/**
 * File > Import Device Types: NetBox device-type library YAML into the user catalog beside the
 * design, then the palette shows the models. The design must have a file to sit beside.
 */
export async function importDeviceTypes(): Promise<void> {
  const doc = useDocument.getState().doc;
  if (!doc) return;
  if (doc.path === null) {
    useUi
      .getState()
      .notify(
        'info',
        'Save the design first: imported device types go into clusterwire-catalog.json beside it.',
      );
    return;
  }
  const designPath = doc.path;
  const paths = await pickFiles('devicetype');
  if (!paths) return;
  const what = paths.length === 1 ? fileName(paths[0]!) : plural(paths.length, 'file');
  // The library says nothing about what a device is for; the palette groups models by role.
  const roles = [undefined, 'core-switch', 'mgmt-switch', 'server', 'firewall', 'other'] as const;
  const choice = await ask(
    'What kind of device is it?',
    `${what}: the device-type library does not say. The palette lists the models under this role.`,
    ['Guess from its ports', 'Core switch', 'Management switch', 'Server', 'Firewall', 'Other'],
  );
  if (choice === null) return;
  const role = roles[choice];
  const outcome = await attempt('Importing device types…', () =>
    bridge.importDeviceTypes({ paths, designPath, ...(role ? { role } : {}) }),
  );
  if (!outcome) return;
  if (!outcome.ok) {
    await reportFailure(`Could not import ${what}`, outcome.error);
    return;
  }
  const { catalog } = await bridge.getCatalog({ designPath });
  useCatalog.getState().setCatalog(catalog);
  const report = outcome.value;
  useUi
    .getState()
    .notify(
      'info',
      `Added ${plural(report.models.length, 'device type')} to ${fileName(report.catalogPath)}; the palette lists them.`,
    );
  await showModal<Extract<Modal, { kind: 'import-report' }>>({ kind: 'import-report', report });
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
    const { folder: written, files, stale } = outcome.value;
    useUi
      .getState()
      .notify(
        'info',
        `Wrote ${plural(files, 'configuration file')} to ${fileName(written)}`,
        written,
      );
    if (stale.length > 0)
      useUi
        .getState()
        .notify(
          'error',
          `${plural(stale.length, 'file')} of an earlier generation stay${stale.length === 1 ? 's' : ''} in ${fileName(written)}, not part of this design's configuration: ${stale.join(', ')}. Delete them before applying anything.`,
          written,
        );
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

/**
 * Offers autosaved work that is newer than its file (or has no file). An autosave its file has
 * superseded (the file changed after it) is not offered but is never deleted either: main moved
 * it aside as a design file, and the notice says where and opens it (through recovery, so serve
 * mode reaches it too, although it lies outside the folder served).
 */
export async function restoreRecovered(): Promise<boolean> {
  const all = await bridge.listRecovery({});
  for (const kept of all) {
    const aside = kept.setAsidePath;
    if (!aside) continue;
    // An error-toned notice stays until dismissed: the user needs time to note the path.
    useUi
      .getState()
      .notify(
        'error',
        `An autosave of ${kept.path ? fileName(kept.path) : kept.name} was not restored: the file changed on disk after it. The autosave is kept as ${aside}; Open Autosave shows it as a new, unsaved design.`,
        aside,
        { label: 'Open Autosave', run: () => openSetAside(aside) },
      );
  }
  const entries = all.filter((e) => !e.setAsidePath);
  if (entries.length === 0) return false;
  const key = await showModal<Extract<Modal, { kind: 'recovery' }>>({ kind: 'recovery', entries });
  if (!key) return false;
  try {
    const { entry, design } = await bridge.restoreRecovery({ key });
    // The stamp the work began from: saving checks the file still has it, and asks if not.
    useDocument.getState().load({
      key: entry.key,
      path: entry.path,
      design,
      stamp: entry.baseStamp ?? null,
      dirty: true,
    });
    return true;
  } catch (error) {
    await reportFailure('Could not restore the recovered work', error);
    return false;
  }
}

/**
 * Opens an autosave recovery set aside as a new, unsaved design: Save asks where to keep it (in
 * serve mode, inside the served folder), and the copy itself stays where it is. True once open.
 */
export async function openSetAside(path: string): Promise<boolean> {
  if (!(await settleUnsaved('open the autosave'))) return false;
  const outcome = await attempt(`Opening ${fileName(path)}…`, () => bridge.readSetAside({ path }));
  if (!outcome) return false;
  if (!outcome.ok) {
    await reportFailure(`Could not open ${fileName(path)}`, outcome.error);
    return false;
  }
  useDocument
    .getState()
    .load({ path: null, design: outcome.value.design, stamp: null, dirty: true });
  return true;
}

/** Main asked before closing the window: save first (Save) or drop the recovered work (Don't Save). */
export async function closeWindow(saveFirst: boolean): Promise<void> {
  const doc = useDocument.getState().doc;
  if (saveFirst) {
    if (!(await save())) return;
  } else if (doc) {
    await dropAutosave(doc.key).catch(() => undefined);
  }
  await bridge.closeWindow({});
}
