import { z } from 'zod';
import { CatalogModel, MediaSpec, Transceiver } from '../catalog/schema';
import { RENDERER_COMMAND_IDS } from '../commands/table';
import { LldpFormat, LldpNeighbor } from '../compare/lldpNeighbor';
import { Design } from '../model/design';
import { DeviceRole } from '../model/vocabulary';
import { Paper } from '../export/paper';
import { PNG_SCALE } from '../export/pngScale';
import { CLAB_KINDS } from '../interop/clabKinds';
import type { CallName } from './constants';
import { STORAGE_NICS_MAX_NODES, WIZARD_MAX_NODES } from '../templates';

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
  /** An input that is not a design (device-type YAML, a catalog) does not load; the message says where. */
  'invalid-file',
  'too-large',
  'unsupported',
  'internal',
  /** The user cancelled long work (a PNG export) before it finished; nothing was written. */
  'cancelled',
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

export const FileKind = z.enum([
  'design',
  'svg',
  'png',
  'bom',
  'cables',
  'drawio',
  'clab',
  /** A folder of NetBox bulk-import files. */
  'netbox',
  /** NetBox device-type library YAML, to import into the user catalog. */
  'devicetype',
  /** A folder of generated configuration files. */
  'config',
]);
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

const ExportJobId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'a job id is 1-64 of a-z, 0-9, -');
/**
 * containerlab images per kind, as the user typed them (never a default): a container image
 * reference has no white space or control characters.
 */
export const ClabImages = z.partialRecord(
  z.enum(CLAB_KINDS),
  z
    .string()
    .trim()
    .min(1)
    .max(500)
    // eslint-disable-next-line no-control-regex -- an image name is one token without controls
    .regex(/^[^\s\u0000-\u001f\u007f]+$/, 'an image name has no spaces, e.g. ceos:4.32.0F'),
);
export type ClabImages = z.infer<typeof ClabImages>;

export const ExportRequest = z.strictObject({
  kind: FileKind.exclude(['design', 'devicetype', 'config']),
  path: FilePath,
  scale: z.number().min(PNG_SCALE.min).max(PNG_SCALE.max).default(1),
  transparent: z.boolean().default(false),
  excel: z.boolean().default(false),
  /** NetBox: the site the devices and VLANs belong to; default the design's name. */
  site: z.string().max(200).optional(),
  /** SVG and PNG fitted to landscape paper (PNG at print resolution; `scale` is then unused). */
  paper: Paper.optional(),
  /** containerlab: the image per kind; a kind without one is listed as missing in the file. */
  clabImages: ClabImages.optional(),
});
export type ExportRequest = z.infer<typeof ExportRequest>;

export const WindowBounds = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
});

/** The window's panels the user can hide, as last left; each is shown unless hidden. */
const PANEL_SHOWN = z.boolean().catch(true);
export const PanelPreferences = z.object({
  minimap: PANEL_SHOWN,
  legend: PANEL_SHOWN,
  problems: PANEL_SHOWN,
  palette: PANEL_SHOWN,
  inspector: PANEL_SHOWN,
});
export type PanelPreferences = z.infer<typeof PanelPreferences>;

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
  /** The containerlab images of the last containerlab export, offered again the next time. */
  clabImages: ClabImages.catch({}),
  panels: PanelPreferences.catch(PanelPreferences.parse({})),
});
export type Preferences = z.infer<typeof Preferences>;
export const DEFAULT_PREFERENCES: Preferences = Preferences.parse({});
export const PreferencesPatch = z.strictObject({
  theme: Preferences.shape.theme.removeCatch().optional(),
  autosaveSeconds: Preferences.shape.autosaveSeconds.removeCatch().optional(),
  /** Only the cable settings that change: two quick edits in a row must not undo each other. */
  cables: Preferences.shape.cables.removeCatch().partial().optional(),
  /** Only the panels toggled, for the same reason. */
  panels: z
    .strictObject({
      minimap: z.boolean(),
      legend: z.boolean(),
      problems: z.boolean(),
      palette: z.boolean(),
      inspector: z.boolean(),
    })
    .partial()
    .optional(),
});

const RecoveryKey = z.string().regex(/^[a-z0-9-]{8,64}$/, 'a recovery key is 8-64 of a-z, 0-9, -');
export const RecoveryEntry = z.strictObject({
  key: RecoveryKey,
  /** The file the work belongs to; null for a design never saved. */
  path: z.string().nullable(),
  name: z.string(),
  savedAt: z.string(),
  /** When the file at `path` was last written (ISO); null when it is not on disk. */
  fileModifiedAt: z.string().nullable().optional(),
  /**
   * Which is newer: the autosave, or the file (saved after it, so restoring would go back in
   * time); absent for a design never saved or a file no longer on disk.
   */
  newer: z.enum(['autosave', 'file']).optional(),
  /** The stamp of the file the work began from (opened or last saved); absent in older autosaves. */
  baseStamp: FileStamp.nullable().optional(),
  /** Whether the file's bytes differ from `baseStamp`'s; absent when that cannot be told. */
  fileChanged: z.boolean().optional(),
  /**
   * Where an autosave older than its changed file was moved: a design file the user can open.
   * Such an entry is no longer in the recovery store and is not offered for restore.
   */
  setAsidePath: z.string().optional(),
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
          nodes: z.int().min(3).max(WIZARD_MAX_NODES),
          ceph: z.boolean(),
          storageNics: z.boolean(),
          uplinkGbps: z.union([z.literal(25), z.literal(100)]).default(25),
        })
        .refine((o) => o.uplinkGbps === 25 || o.nodes <= 6, {
          message: '100G uplinks fit at most 6 nodes on one core pair',
          path: ['nodes'],
        })
        .refine((o) => !o.storageNics || o.ceph === false || o.nodes <= STORAGE_NICS_MAX_NODES, {
          message: `separate storage NICs fit at most ${STORAGE_NICS_MAX_NODES} nodes on one core pair`,
          path: ['storageNics'],
        })
        .optional(),
    }),
    z.strictObject({ design: Design }),
  ),
  open: call(z.strictObject({ path: FilePath }), OpenedDesign),
  listRecent: call(Empty, z.array(z.string())),
  /** Native dialogs; `path: null` means the user cancelled. */
  showOpenDialog: call(
    z.strictObject({
      kind: FileKind.optional(),
      /** Several files at once (Import Device Types); they come back in `paths`. */
      multiple: z.boolean().optional(),
    }),
    z.strictObject({ path: z.string().nullable(), paths: z.array(z.string()).optional() }),
  ),
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
      /** A name the renderer picks, to ask for progress and to cancel (exportProgress). */
      job: ExportJobId.optional(),
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
    z.strictObject({
      key: RecoveryKey,
      path: FilePath.nullable(),
      design: Design,
      /** The document's stamp (open or last save), so recovery can tell if the file changed. */
      baseStamp: FileStamp.nullable().optional(),
    }),
    z.strictObject({ savedAt: z.string() }),
  ),
  listRecovery: call(Empty, z.array(RecoveryEntry)),
  restoreRecovery: call(
    z.strictObject({ key: RecoveryKey }),
    z.strictObject({ entry: RecoveryEntry, design: Design }),
  ),
  discardRecovery: call(z.strictObject({ key: RecoveryKey }), Done),
  /** Title and dirty marker for the window; main uses `dirty` for the close prompt. */
  setDocumentState: call(
    z.strictObject({
      title: z.string().max(300),
      dirty: z.boolean(),
      /**
       * Sent once the page has failed as a whole and can no longer save: the open document's
       * recovery key, and whether its unsaved work was written there after the failure. Main
       * finds the recovery file from the key itself (it never takes a path from the page).
       */
      failed: z.strictObject({ recoveryKey: RecoveryKey, written: z.boolean() }).optional(),
    }),
    Done,
  ),
  /** Close this window without asking again (after the renderer settled unsaved work). */
  closeWindow: call(Empty, Done),
  /**
   * NetBox device-type library YAML to models of the user catalog beside the design
   * (clusterwire-catalog.json): what was added, and per file what could not be mapped.
   */
  importDeviceTypes: call(
    z.strictObject({
      paths: z.array(FilePath).min(1).max(500),
      designPath: FilePath,
      /** The library has no role; without one it is guessed from the ports. */
      role: DeviceRole.optional(),
    }),
    z.strictObject({
      catalogPath: z.string(),
      models: z.array(
        z.strictObject({
          id: z.string(),
          name: z.string(),
          file: z.string(),
          notes: z.array(z.string()),
        }),
      ),
    }),
  ),
  /** A design to compare with the open one: read only, not added to the recent files. */
  readDesign: call(
    z.strictObject({ path: FilePath }),
    z.strictObject({ path: z.string(), design: Design }),
  ),
  /** Native dialog for LLDP files, several at once; `paths: []` means the user cancelled. */
  showOpenLldpDialog: call(Empty, z.strictObject({ paths: z.array(z.string()) })),
  /** LLDP neighbour files read and parsed; a file that cannot be read or parsed is a problem. */
  readLldp: call(
    z.strictObject({ paths: z.array(FilePath).min(1).max(1000) }),
    z.strictObject({
      reports: z.array(
        z.strictObject({ path: z.string(), format: LldpFormat, neighbors: z.array(LldpNeighbor) }),
      ),
      problems: z.array(z.strictObject({ path: z.string(), message: z.string() })),
    }),
  ),
  /** How far a running export is (a PNG renders in a worker); null once it has ended. */
  exportProgress: call(
    z.strictObject({ job: ExportJobId }),
    z
      .strictObject({
        stage: z.enum(['drawing', 'rasterizing', 'encoding', 'writing']),
        seconds: z.number().nonnegative(),
      })
      .nullable(),
  ),
  /** Stops a running export; its exportDesign call answers `cancelled`. */
  cancelExport: call(z.strictObject({ job: ExportJobId }), Done),
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
    z.strictObject({
      folder: z.string(),
      files: z.int().nonnegative(),
      /** Files of an earlier generation in the folder that this one did not write. */
      stale: z.array(z.string()).default([]),
    }),
  ),
  /**
   * An autosave recovery set aside (a listing's `setAsidePath`), read through recovery rather
   * than the path policy: only design files in recovery's own `superseded/` folder, so serve
   * mode can offer the copy without reaching outside the served folder otherwise.
   */
  readSetAside: call(
    z.strictObject({ path: FilePath }),
    z.strictObject({ path: z.string(), design: Design }),
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
