import { z } from 'zod';
import { CatalogModel, MediaSpec, Transceiver } from '../catalog/schema';
import { RENDERER_COMMAND_IDS } from '../commands/table';
import { Design } from '../model/design';
import type { CallName } from './constants';

/**
 * Every call the renderer can make, declared once. Both transports (Electron IPC and serve
 * mode's loopback HTTP) validate requests against these schemas before a handler runs, and the
 * renderer only ever sees the `Bridge` type derived from them.
 */

export const BridgeErrorCode = z.enum([
  /** The payload does not match the call's schema. */
  'bad-request',
  /** The path is outside what this window or server may touch. */
  'not-allowed',
  'not-found',
  /** The disk said no: permission, read-only, full, vanished folder. The message says which. */
  'io',
  /** The file is not a design ClusterWire can load; `problems` say where. */
  'invalid-design',
  /** The file changed on disk since it was opened; save again with `overwrite` to replace it. */
  'conflict',
  /** Save As onto an existing file; save again with `overwrite` to replace it. */
  'exists',
  /** The target is a file ClusterWire cannot read back (corrupt, newer version): never overwritten. */
  'protected',
  'too-large',
  'unsupported',
  'internal',
]);
export type BridgeErrorCode = z.infer<typeof BridgeErrorCode>;

export const LoadProblemInfo = z.strictObject({
  code: z.string(),
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

export const BridgeError = z.strictObject({
  code: BridgeErrorCode,
  message: z.string(),
  path: z.string().optional(),
  problems: z.array(LoadProblemInfo).optional(),
  /** A PNG over the pixel cap: the largest scale that fits, to offer instead. */
  fitScale: z.number().positive().optional(),
});
export type BridgeError = z.infer<typeof BridgeError>;

/** What a save compares against to notice that somebody else changed the file. */
export const FileStamp = z.strictObject({
  size: z.number().int().nonnegative(),
  mtimeMs: z.number(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type FileStamp = z.infer<typeof FileStamp>;

const FilePath = z.string().min(1).max(4096);
const Empty = z.strictObject({});
const Done = z.strictObject({});

export const AppInfo = z.strictObject({
  transport: z.enum(['electron', 'http']),
  platform: z.string(),
  appVersion: z.string(),
  /** Native open/save dialogs (Electron); without them the renderer shows its own picker. */
  nativeDialogs: z.boolean(),
  canReveal: z.boolean(),
  /** Serve mode: the folder the user chose; every path must stay inside it. */
  root: z.string().nullable(),
  /** Offer work recovered after a crash: the first window of a run, not every new window. */
  offerRecovery: z.boolean(),
  /** A design named on the command line, to open at start. */
  initialFile: z.string().nullable(),
  pathSeparator: z.enum(['/', '\\']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const TemplateSummary = z.strictObject({
  name: z.string(),
  title: z.string(),
  description: z.string(),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const OpenedDesign = z.strictObject({
  path: z.string(),
  design: Design,
  stamp: FileStamp,
  migratedFrom: z.number().int().optional(),
  catalogWarnings: z.array(z.string()),
});
export type OpenedDesign = z.infer<typeof OpenedDesign>;

/** `config`: a folder of generated configuration files. */
export const FileKind = z.enum(['design', 'svg', 'png', 'bom', 'cables', 'config']);
export type FileKind = z.infer<typeof FileKind>;

export const FolderEntry = z.strictObject({
  name: z.string(),
  kind: z.enum(['folder', 'file']),
  size: z.number().nonnegative(),
  mtimeMs: z.number(),
});
export const FolderListing = z.strictObject({
  dir: z.string(),
  /** null at the top of what may be browsed. */
  parent: z.string().nullable(),
  entries: z.array(FolderEntry),
});
export type FolderListing = z.infer<typeof FolderListing>;

export const ExportRequest = z.strictObject({
  kind: FileKind.exclude(['design', 'config']),
  path: FilePath,
  scale: z.number().min(0.1).max(4).default(1),
  transparent: z.boolean().default(false),
  excel: z.boolean().default(false),
});
export type ExportRequest = z.infer<typeof ExportRequest>;

export const WindowBounds = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
});

/** Each field falls back to its default, so a stale or hand-edited store never blocks start. */
export const Preferences = z.object({
  theme: z.enum(['system', 'light', 'dark']).catch('system'),
  recentFiles: z.array(z.string()).max(10).catch([]),
  autosaveSeconds: z.number().int().min(2).max(600).catch(5),
  /** The last export, so File > Repeat Last Export can run it again without asking. */
  lastExport: ExportRequest.nullable().catch(null),
  windowBounds: WindowBounds.nullable().catch(null),
  /** What a new cable gets: a DAC up to `copperMaxM`, then `fiber`; `defaultLengthM` to start. */
  cables: z
    .strictObject({
      copperMaxM: z.number().min(0).max(15),
      fiber: z.enum(['mmf-om3', 'mmf-om4', 'smf-os2', 'aoc']),
      defaultLengthM: z.number().positive().max(1000),
    })
    .catch({ copperMaxM: 3, fiber: 'mmf-om4', defaultLengthM: 2 }),
});
export type Preferences = z.infer<typeof Preferences>;
export const DEFAULT_PREFERENCES: Preferences = Preferences.parse({});
export const PreferencesPatch = z.strictObject({
  theme: Preferences.shape.theme.removeCatch().optional(),
  autosaveSeconds: Preferences.shape.autosaveSeconds.removeCatch().optional(),
  /** Only the cable settings that change: two quick edits in a row must not undo each other. */
  cables: Preferences.shape.cables.removeCatch().partial().optional(),
});

const RecoveryKey = z.string().regex(/^[a-z0-9-]{8,64}$/, 'a recovery key is 8-64 of a-z, 0-9, -');
export const RecoveryEntry = z.strictObject({
  key: RecoveryKey,
  /** The file the work belongs to; null for a design never saved. */
  path: z.string().nullable(),
  name: z.string(),
  savedAt: z.string(),
});
export type RecoveryEntry = z.infer<typeof RecoveryEntry>;

export const CatalogInfo = z.strictObject({
  models: z.array(CatalogModel),
  media: z.array(MediaSpec),
  transceivers: z.array(Transceiver),
});

interface CallSpec<Req extends z.ZodType, Res extends z.ZodType> {
  request: Req;
  response: Res;
}
const call = <Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
): CallSpec<Req, Res> => ({ request, response });

export const CALLS = {
  info: call(Empty, AppInfo),
  listTemplates: call(Empty, z.array(TemplateSummary)),
  /** A template by name, or the wizard's PVE design (`options`). */
  newDesign: call(
    z.strictObject({
      template: z.string().min(1),
      options: z
        .strictObject({
          nodes: z.int().min(3).max(20),
          ceph: z.boolean(),
          storageNics: z.boolean(),
          uplinkGbps: z.union([z.literal(25), z.literal(100)]).default(25),
        })
        .refine((o) => o.uplinkGbps === 25 || o.nodes <= 6, {
          message: '100G uplinks fit at most 6 nodes on one core pair',
          path: ['nodes'],
        })
        .optional(),
    }),
    z.strictObject({ design: Design }),
  ),
  open: call(z.strictObject({ path: FilePath }), OpenedDesign),
  listRecent: call(Empty, z.array(z.string())),
  /** Native dialogs; `path: null` means the user cancelled. */
  showOpenDialog: call(Empty, z.strictObject({ path: z.string().nullable() })),
  showSaveDialog: call(
    z.strictObject({ kind: FileKind, suggestedName: z.string().max(255) }),
    z.strictObject({ path: z.string().nullable() }),
  ),
  /** The in-app picker's view of a folder (serve mode). */
  browse: call(z.strictObject({ dir: FilePath.optional() }), FolderListing),
  save: call(
    z.strictObject({
      path: FilePath,
      design: Design,
      /** The stamp from open or the last save; null for a file the document never had. */
      expected: FileStamp.nullable(),
      /** The user confirmed replacing a file that changed on disk or already exists. */
      overwrite: z.boolean().default(false),
    }),
    z.strictObject({ path: z.string(), stamp: FileStamp }),
  ),
  exportDesign: call(
    z.strictObject({
      design: Design,
      request: ExportRequest,
      designPath: FilePath.nullable(),
      /** false: an existing file is answered with `exists`, so the user is asked first. */
      overwrite: z.boolean().default(false),
    }),
    z.strictObject({ path: z.string(), bytes: z.number().int() }),
  ),
  revealInFolder: call(z.strictObject({ path: FilePath }), Done),
  getCatalog: call(
    z.strictObject({ designPath: FilePath.nullable() }),
    z.strictObject({ catalog: CatalogInfo, warnings: z.array(z.string()) }),
  ),
  getPreferences: call(Empty, Preferences),
  setPreferences: call(PreferencesPatch, Preferences),
  autosave: call(
    z.strictObject({ key: RecoveryKey, path: FilePath.nullable(), design: Design }),
    z.strictObject({ savedAt: z.string() }),
  ),
  listRecovery: call(Empty, z.array(RecoveryEntry)),
  restoreRecovery: call(
    z.strictObject({ key: RecoveryKey }),
    z.strictObject({ entry: RecoveryEntry, design: Design }),
  ),
  discardRecovery: call(z.strictObject({ key: RecoveryKey }), Done),
  /** Title and dirty marker for the window; main uses `dirty` for the close prompt. */
  setDocumentState: call(z.strictObject({ title: z.string().max(300), dirty: z.boolean() }), Done),
  /** Close this window without asking again (after the renderer settled unsaved work). */
  closeWindow: call(Empty, Done),
  /**
   * Generates the configuration of `design` again on the main side and writes the folder;
   * `exists` for a folder that is not empty unless `overwrite`, `invalid-design` when refused.
   */
  generateConfig: call(
    z.strictObject({
      design: Design,
      folder: FilePath,
      designPath: FilePath.nullable(),
      switchPlatform: z.enum(['eos', 'nvue']).optional(),
      overwrite: z.boolean().default(false),
    }),
    z.strictObject({ folder: z.string(), files: z.int().nonnegative() }),
  ),
} satisfies Record<CallName, CallSpec<z.ZodType, z.ZodType>>;

export type Calls = typeof CALLS;
export type CallRequest<N extends CallName> = z.input<Calls[N]['request']>;
export type CallResponse<N extends CallName> = z.output<Calls[N]['response']>;

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

/**
 * Commands main sends to a window (Electron); serve mode's menu bar and keys run the same. The
 * ids are the renderer's commands of the command table (shared/commands), so the two cannot
 * disagree.
 */
export const MenuCommand = z.enum(RENDERER_COMMAND_IDS);
export type MenuCommand = z.infer<typeof MenuCommand>;
