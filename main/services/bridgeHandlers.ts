import { lstat, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { parseLldp } from '../../shared/compare/lldp';
import { formatJsonPath } from '../../shared/format';
import { CALLS } from '../../shared/ipc/contract';
import type { AppInfo, CallResponse, CallResult, Calls, FileKind } from '../../shared/ipc/contract';
import type { CallName } from '../../shared/ipc/constants';
import { netboxExport } from '../../shared/interop';
import { TEMPLATES, buildFromWizard, findTemplate } from '../../shared/templates';
import type { z } from 'zod';
import { WriteError, describeFsError, linkTarget, writeFileAtomic } from './atomicWrite';
import { BridgeFailure, fail } from './bridgeFailure';
import { USER_CATALOG_FILE, loadCatalog } from './catalogFiles';
import { openDocument, saveDocument, takeReadAhead } from './documents';
import { JsonAnswer } from './jsonAnswer';
import { readLldpText } from './lldpFiles';
import { ExportJobs } from './exportJobs';
import { exportTargetProblem, renderExportInBackground } from './exports';
import { ConfigFolderError, writeConfigFolder } from './configFolder';
import { formatMissingFact, generateConfiguration } from '../../shared/generate';
import { withFileLock } from './fileLock';
import {
  addModelsToCatalogFile,
  holdsNetboxExport,
  importDeviceTypeFiles,
  netboxFolderProblem,
  writeNetboxFolder,
} from './interopFiles';
import type { PathPolicy } from './pathPolicy';
import { PngTooLargeError } from './png';
import { RenderCancelledError } from './pngWorkerClient';
import type { PreferenceStore } from './preferences';
import type { RecoveryStore } from './recovery';

/** What a transport offers beyond plain files: native dialogs, the OS file manager, a window. */
export interface BridgeDeps {
  info: Pick<AppInfo, 'transport' | 'appVersion' | 'initialFile' | 'offerRecovery'>;
  policy: PathPolicy;
  prefs: PreferenceStore;
  recovery: RecoveryStore;
  dialogs?: {
    open(kind?: FileKind): Promise<string | null>;
    /** LLDP neighbour files (JSON), several at once. */
    openLldp?(): Promise<string[]>;
    save(kind: FileKind, suggestedName: string): Promise<string | null>;
    /** Several files at once; without it a multiple open offers one file. */
    openMany?(kind?: FileKind): Promise<string[] | null>;
  };
  reveal?: (path: string) => void;
  onDocumentState?: (state: DocumentState) => void;
  closeWindow?: () => void;
}

/** What the window shows and main's close prompt goes by. */
export interface DocumentState {
  title: string;
  dirty: boolean;
  /**
   * The page failed as a whole and cannot save: where its recovery file is, and whether the
   * page wrote all its unsaved work there after the failure; null while the page works.
   */
  failed: { recoveryPath: string; written: boolean } | null;
}

type Answer<N extends CallName> = CallResponse<N> | JsonAnswer<CallResponse<N>>;
type Handlers = {
  [N in CallName]: (request: z.output<Calls[N]['request']>) => Promise<Answer<N>> | Answer<N>;
};

const DONE = {};

/** The services behind every bridge call, the same for Electron IPC and serve mode. */
export function bridgeHandlers(deps: BridgeDeps): Handlers {
  const { policy, prefs, recovery } = deps;
  const exports = new ExportJobs();
  /**
   * The copies set aside that listings through these handlers named (this window's, or this serve
   * process's): the only ones `readSetAside` reads. The recovery folder is the user's, shared by
   * every folder `serve` serves, and its names can be guessed.
   */
  const listedAside = new Set<string>();
  const unsupported = (what: string) =>
    fail(
      'unsupported',
      `${what} is not available in ${deps.info.transport === 'http' ? 'serve mode' : 'this window'}`,
    );

  return {
    info: () => ({
      ...deps.info,
      platform: process.platform,
      nativeDialogs: deps.dialogs !== undefined,
      canReveal: deps.reveal !== undefined,
      root: policy.root,
      pathSeparator: sep === '\\' ? '\\' : '/',
    }),
    listTemplates: () =>
      TEMPLATES.map(({ name, title, description }) => ({ name, title, description })),
    newDesign: ({ template, options }) => {
      if (options) return { design: buildFromWizard(options) };
      const found = findTemplate(template);
      if (!found) throw fail('not-found', `no template named "${template}"`);
      return { design: found.build() };
    },
    open: async ({ path }) => {
      const absolute = await policy.check(path);
      try {
        const opened = (await takeReadAhead(absolute)) ?? (await openDocument(absolute));
        prefs.addRecent(absolute);
        const { warnings } = await loadCatalog({ designPath: absolute });
        if (!('designJson' in opened)) return { ...opened, catalogWarnings: warnings };
        // Read ahead: the design is JSON text already, and goes to the page as it is.
        const { designJson, ...fields } = opened;
        return JsonAnswer.withText<CallResponse<'open'>>(
          { ...fields, catalogWarnings: warnings },
          'design',
          designJson,
        );
      } catch (error) {
        if (error instanceof BridgeFailure && error.error.code === 'io')
          prefs.removeRecent(absolute);
        throw error;
      }
    },
    listRecent: async () => {
      const allowed = await Promise.all(
        prefs.read().recentFiles.map((p) =>
          policy.check(p).then(
            () => p,
            () => null,
          ),
        ),
      );
      return allowed.filter((p) => p !== null);
    },
    showOpenDialog: async ({ kind, multiple }) => {
      if (!deps.dialogs) throw unsupported('The system file dialog');
      if (multiple) {
        const { dialogs } = deps;
        const chosen = dialogs.openMany
          ? await dialogs.openMany(kind)
          : await dialogs.open(kind).then((p) => (p ? [p] : null));
        for (const p of chosen ?? []) policy.grant(p);
        return { path: chosen?.[0] ?? null, paths: chosen ?? [] };
      }
      const path = await deps.dialogs.open(kind);
      if (path) policy.grant(path);
      return { path };
    },
    showSaveDialog: async ({ kind, suggestedName }) => {
      if (!deps.dialogs) throw unsupported('The system file dialog');
      const path = await deps.dialogs.save(kind, suggestedName);
      if (path) policy.grant(path);
      return { path };
    },
    browse: async ({ dir }) => {
      if (policy.root === null) throw unsupported('Browsing folders');
      const folder = await policy.check(dir ?? policy.root);
      let names;
      try {
        names = await readdir(folder, { withFileTypes: true });
      } catch (error) {
        throw fail('io', describeFsError(error, folder, 'read'), { path: folder });
      }
      const entries = await Promise.all(
        names
          .filter((d) => !d.name.startsWith('.') && (d.isDirectory() || d.isFile()))
          .map(async (d) => {
            const info = await stat(join(folder, d.name)).catch(() => null);
            return {
              name: d.name,
              kind: d.isDirectory() ? ('folder' as const) : ('file' as const),
              size: info?.size ?? 0,
              mtimeMs: info?.mtimeMs ?? 0,
            };
          }),
      );
      entries.sort((a, b) =>
        a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1,
      );
      return { dir: folder, parent: folder === policy.root ? null : dirname(folder), entries };
    },
    save: async ({ path, design, expected, overwrite }) => {
      const absolute = await policy.check(path);
      const saved = await saveDocument({ path: absolute, design, expected, overwrite });
      prefs.addRecent(absolute);
      return saved;
    },
    exportDesign: async ({ design, request, designPath, overwrite, job }) => {
      const absolute = await policy.check(request.path);
      const input = designPath ? await policy.check(designPath) : null;
      if (request.kind === 'netbox') {
        const refused = await netboxFolderProblem(absolute, input, basename(absolute));
        if (refused) throw fail('protected', refused, { path: absolute });
        if (!overwrite && (await holdsNetboxExport(absolute)))
          throw fail(
            'exists',
            `${basename(absolute)} holds an earlier NetBox export. Replace it?`,
            {
              path: absolute,
            },
          );
      }
      const refused = request.kind === 'netbox' ? null : await exportTargetProblem(absolute, input);
      if (refused) throw fail('protected', refused, { path: absolute });
      if (request.kind !== 'netbox' && !overwrite && (await exists(absolute)))
        throw fail('exists', `${basename(absolute)} already exists. Replace it?`, {
          path: absolute,
        });
      const { catalog } = await loadCatalog(input ? { designPath: input } : {});
      if (request.kind === 'netbox') {
        const files = netboxExport(design, { site: request.site, catalog }).files;
        await withFileLock(await linkTarget(absolute), async () => {
          try {
            await writeNetboxFolder(absolute, files, input);
          } catch (error) {
            throw fail('io', (error as Error).message, { path: absolute });
          }
        });
        prefs.update({ lastExport: { ...request, path: absolute } });
        let bytes = 0;
        for (const file of files) bytes += Buffer.byteLength(file.text);
        return { path: absolute, bytes };
      }
      const running = exports.start(job);
      try {
        let bytes: string | Buffer;
        try {
          bytes = await renderExportInBackground(
            design,
            request.kind,
            { catalog, ...request },
            { onStage: running.stage, signal: running.signal },
          );
        } catch (error) {
          if (error instanceof PngTooLargeError) {
            throw fail(
              'too-large',
              error.message,
              error.largestScale ? { fitScale: error.largestScale } : {},
            );
          }
          if (error instanceof RenderCancelledError)
            throw fail('cancelled', 'The export was cancelled; nothing was written.');
          throw error;
        }
        running.stage('writing');
        await withFileLock(await linkTarget(absolute), async () => {
          // Checked again under the lock: a design saved there meanwhile is not replaced either.
          const late = await exportTargetProblem(absolute, input);
          if (late) throw fail('protected', late, { path: absolute });
          try {
            await writeFileAtomic(absolute, bytes, { overwrite: true });
          } catch (error) {
            if (error instanceof WriteError) throw fail('io', error.message, { path: absolute });
            throw error;
          }
        });
        prefs.update({
          lastExport: { ...request, path: absolute },
          // The images typed for this lab are offered again next time (an empty map forgets them).
          ...(request.kind === 'clab' ? { clabImages: request.clabImages ?? {} } : {}),
        });
        return { path: absolute, bytes: Buffer.byteLength(bytes) };
      } finally {
        running.done();
      }
    },
    exportProgress: ({ job }) => exports.progress(job),
    cancelExport: ({ job }) => {
      exports.cancel(job);
      return DONE;
    },
    generateConfig: async ({ design, folder, designPath, switchPlatform, overwrite }) => {
      const absolute = await policy.check(folder);
      const input = designPath ? await policy.check(designPath) : null;
      const { catalog } = await loadCatalog(input ? { designPath: input } : {});
      // Generated again here, from the design alone: the preview's text is never trusted.
      const result = generateConfiguration(design, {
        catalog,
        ...(switchPlatform ? { switchPlatform } : {}),
      });
      if (!result.ok)
        throw fail(
          'invalid-design',
          result.reason === 'errors'
            ? `The design has ${result.errors.length} error(s); fix them before generating.`
            : `The design lacks facts the configuration needs:\n${result.missing.map(formatMissingFact).join('\n')}`,
        );
      let stale: string[];
      try {
        ({ stale } = await writeConfigFolder(absolute, result.files, {
          force: overwrite,
          display: basename(absolute),
        }));
      } catch (error) {
        if (error instanceof ConfigFolderError)
          throw fail(error.notEmpty ? 'exists' : 'io', error.message, { path: absolute });
        throw error;
      }
      return { folder: absolute, files: result.files.length, stale };
    },
    revealInFolder: async ({ path }) => {
      if (!deps.reveal) throw unsupported('Showing files in the file manager');
      deps.reveal(await policy.check(path));
      return DONE;
    },
    getCatalog: async ({ designPath }) => {
      const { catalog, warnings } = await loadCatalog(
        designPath ? { designPath: await policy.check(designPath) } : {},
      );
      return { catalog, warnings };
    },
    getPreferences: () => prefs.read(),
    setPreferences: ({ cables, panels, ...rest }) =>
      prefs.update({
        ...definedOnly(rest),
        ...(cables ? { cables: { ...prefs.read().cables, ...definedOnly(cables) } } : {}),
        ...(panels ? { panels: { ...prefs.read().panels, ...definedOnly(panels) } } : {}),
      }),
    autosave: async ({ key, path, design, baseStamp }) =>
      recovery.save(key, path, design, baseStamp ?? null),
    listRecovery: async () => {
      // The file of each autosave is read (to compare its content) only where the renderer may
      // read today: the paths came from the renderer with the autosaves.
      const entries = await recovery.list((path) =>
        policy.check(path).then(
          () => true,
          () => false,
        ),
      );
      // Main made these copies itself, so the renderer may open and reveal them.
      for (const entry of entries) {
        if (!entry.setAsidePath) continue;
        policy.grant(entry.setAsidePath);
        listedAside.add(entry.setAsidePath);
      }
      return entries;
    },
    restoreRecovery: ({ key }) => recovery.restore(key),
    discardRecovery: async ({ key }) => {
      await recovery.discard(key);
      return DONE;
    },
    setDocumentState: ({ title, dirty, failed }) => {
      deps.onDocumentState?.({
        title,
        dirty,
        failed: failed
          ? { recoveryPath: recovery.pathOf(failed.recoveryKey), written: failed.written }
          : null,
      });
      return DONE;
    },
    closeWindow: () => {
      deps.closeWindow?.();
      return DONE;
    },
    importDeviceTypes: async ({ paths, designPath, role }) => {
      const design = await policy.check(designPath);
      const files = await Promise.all(paths.map((p) => policy.check(p)));
      const { imported, problems } = await importDeviceTypeFiles(files, {
        role,
        shown: (p) => basename(p),
      });
      if (problems.length > 0) throw fail('invalid-file', problems.join('\n'));
      if (imported.length === 0) throw fail('invalid-file', 'No device-type YAML files found.');
      const catalogPath = join(dirname(design), USER_CATALOG_FILE);
      try {
        await addModelsToCatalogFile(
          catalogPath,
          imported.map((i) => i.model),
        );
      } catch (error) {
        throw fail(error instanceof WriteError ? 'io' : 'invalid-file', (error as Error).message, {
          path: catalogPath,
        });
      }
      return {
        catalogPath,
        models: imported.map(({ model, file, notes }) => ({
          id: model.id,
          name: `${model.manufacturer} ${model.model}`,
          file,
          notes,
        })),
      };
    },
    readDesign: async ({ path }) => {
      const absolute = await policy.check(path);
      const opened = await openDocument(absolute);
      return { path: opened.path, design: opened.design };
    },
    showOpenLldpDialog: async () => {
      if (!deps.dialogs?.openLldp) throw unsupported('The system file dialog');
      const paths = await deps.dialogs.openLldp();
      for (const path of paths) policy.grant(path);
      return { paths };
    },
    readSetAside: async ({ path }) => {
      if (!listedAside.has(path))
        throw fail('not-allowed', `${path}: not an autosave set aside for this window`, { path });
      const opened = await openDocument(await recovery.setAsideFile(path));
      return { path: opened.path, design: opened.design };
    },
    readLldp: async ({ paths }) => {
      const reports = [];
      const problems = [];
      for (const path of paths) {
        const absolute = await policy.check(path);
        const text = await readLldpText(absolute);
        if (!text.ok) {
          problems.push({ path: absolute, message: text.message });
          continue;
        }
        const parsed = parseLldp(text.text);
        if (parsed.ok) {
          reports.push({ path: absolute, format: parsed.format, neighbors: parsed.neighbors });
        } else problems.push({ path: absolute, message: parsed.message });
      }
      return { reports, problems };
    },
  };
}

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

function isCallName(name: string): name is CallName {
  return Object.hasOwn(CALLS, name);
}

/**
 * Validates a payload against the contract, runs the handler and wraps the outcome. Nothing a
 * renderer sends can make this throw: bad input and failures come back as typed errors.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  payload: unknown,
): Promise<CallResult<unknown>> {
  if (!isCallName(name)) {
    return { ok: false, error: { code: 'bad-request', message: `unknown call "${name}"` } };
  }
  const parsed = CALLS[name].request.safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue
      ? formatJsonPath(issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k)))
      : '$';
    return {
      ok: false,
      error: {
        code: 'bad-request',
        message: `${name}: ${where}: ${issue?.message ?? 'invalid request'}`,
      },
    };
  }
  try {
    const handler = handlers[name] as (request: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof BridgeFailure) return { ok: false, error: error.error };
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `${name} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
}

/** The entries of a patch that set something. */
function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
