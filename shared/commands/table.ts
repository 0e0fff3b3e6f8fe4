/**
 * Every command of the app, once: its label, where it sits in the menus, its keys, and who runs
 * it. The Electron menu, serve mode's menu bar, the shortcut sheet, the key handler and the IPC
 * contract's `MenuCommand` are all derived from this table, so a label or a shortcut is written
 * in one place. Entries are in menu order.
 */

export type MenuName = 'File' | 'Edit' | 'View' | 'Help';
export const MENUS: readonly MenuName[] = ['File', 'Edit', 'View', 'Help'];

/** An Electron accelerator (`CmdOrCtrl+Shift+S`), or one per platform where they differ. */
export type Keys = string | { readonly mac: string; readonly other: string };

export interface CommandSpec<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  /** The menu it sits in; none for what main asks of a window (save before closing). */
  readonly menu?: MenuName;
  /** The submenu of that menu it sits in (File › Export). */
  readonly submenu?: string;
  /** Starts a group: a separator above it. */
  readonly separatorBefore?: boolean;
  /** The native menu's accelerator; serve mode's page answers the same keys unless `browserKey`. */
  readonly accelerator?: Keys;
  /** Serve mode's key instead, where browsers keep the accelerator for themselves (Ctrl+N). */
  readonly browserKey?: Keys;
  /** Further keys serve mode answers, not shown: the other platforms' habit (Ctrl+Shift+Z). */
  readonly moreBrowserKeys?: readonly Keys[];
  /**
   * Plain keys the page answers itself in both transports, and leaves to a text field being
   * typed in. Never native accelerators, which would take the key from every field. The first
   * is the one shown.
   */
  readonly pageKeys?: readonly string[];
  /** Does nothing without an open design (disabled in the menu bar then). */
  readonly needsDesign?: boolean;
  /**
   * Run by main: windows and the app itself. Every other command is run by the renderer, which
   * main reaches over IPC with a `MenuCommand`.
   */
  readonly runsIn?: 'main';
  /** Only in the desktop app: a browser tab has no windows to open or close, nor an app to quit. */
  readonly desktopOnly?: boolean;
}

const TABLE = [
  {
    id: 'new',
    label: 'New from Template…',
    menu: 'File',
    accelerator: 'CmdOrCtrl+N',
    browserKey: 'Alt+N',
  },
  {
    id: 'new-window',
    label: 'New Window',
    menu: 'File',
    accelerator: 'CmdOrCtrl+Shift+N',
    runsIn: 'main',
    desktopOnly: true,
  },
  { id: 'open', label: 'Open…', menu: 'File', accelerator: 'CmdOrCtrl+O' },
  // Main opens a recent design in a new window; serve mode's menu bar lists them and opens one
  // in the tab.
  { id: 'open-recent', label: 'Open Recent', menu: 'File', runsIn: 'main' },
  {
    id: 'save',
    label: 'Save',
    menu: 'File',
    separatorBefore: true,
    accelerator: 'CmdOrCtrl+S',
    needsDesign: true,
  },
  {
    id: 'save-as',
    label: 'Save As…',
    menu: 'File',
    accelerator: 'CmdOrCtrl+Shift+S',
    needsDesign: true,
  },
  {
    id: 'compare-file',
    label: 'Compare with File…',
    menu: 'File',
    separatorBefore: true,
    needsDesign: true,
  },
  { id: 'compare-saved', label: 'Compare with Last Saved', menu: 'File', needsDesign: true },
  { id: 'check-cabling', label: 'Check Cabling…', menu: 'File', needsDesign: true },
  { id: 'clear-comparison', label: 'Clear Comparison', menu: 'File', needsDesign: true },
  {
    id: 'export-svg',
    label: 'Diagram as SVG…',
    menu: 'File',
    submenu: 'Export',
    needsDesign: true,
  },
  {
    id: 'export-png',
    label: 'Diagram as PNG…',
    menu: 'File',
    submenu: 'Export',
    needsDesign: true,
  },
  {
    id: 'export-bom',
    label: 'Bill of Materials (CSV)…',
    menu: 'File',
    submenu: 'Export',
    needsDesign: true,
  },
  {
    id: 'export-cables',
    label: 'Cable Schedule (CSV)…',
    menu: 'File',
    submenu: 'Export',
    needsDesign: true,
  },
  {
    id: 'export-drawio',
    label: 'draw.io Diagram…',
    menu: 'File',
    submenu: 'Export',
    needsDesign: true,
  },
  {
    id: 'export-clab',
    label: 'containerlab Topology…',
    menu: 'File',
    submenu: 'Export',
    needsDesign: true,
  },
  {
    id: 'export-netbox',
    label: 'NetBox Import Files…',
    menu: 'File',
    submenu: 'Export',
    needsDesign: true,
  },
  {
    id: 'repeat-export',
    label: 'Repeat Last Export',
    menu: 'File',
    submenu: 'Export',
    separatorBefore: true,
    accelerator: 'CmdOrCtrl+Shift+E',
    needsDesign: true,
  },
  {
    id: 'import-device-types',
    label: 'Import Device Types…',
    menu: 'File',
    separatorBefore: true,
    needsDesign: true,
  },
  {
    id: 'generate-config',
    label: 'Generate Configuration…',
    menu: 'File',
    separatorBefore: true,
    needsDesign: true,
  },
  {
    id: 'close-window',
    label: 'Close Window',
    menu: 'File',
    separatorBefore: true,
    accelerator: 'CmdOrCtrl+W',
    runsIn: 'main',
    desktopOnly: true,
  },
  {
    id: 'quit',
    label: 'Quit',
    menu: 'File',
    separatorBefore: true,
    accelerator: 'CmdOrCtrl+Q',
    runsIn: 'main',
    desktopOnly: true,
  },

  { id: 'undo', label: 'Undo', menu: 'Edit', accelerator: 'CmdOrCtrl+Z', needsDesign: true },
  {
    id: 'redo',
    label: 'Redo',
    menu: 'Edit',
    accelerator: { mac: 'Cmd+Shift+Z', other: 'Ctrl+Y' },
    moreBrowserKeys: ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'],
    needsDesign: true,
  },
  {
    id: 'duplicate',
    label: 'Duplicate',
    menu: 'Edit',
    separatorBefore: true,
    accelerator: 'CmdOrCtrl+D',
    needsDesign: true,
  },
  {
    id: 'delete',
    label: 'Delete',
    menu: 'Edit',
    pageKeys: ['Delete', 'Backspace'],
    needsDesign: true,
  },
  {
    id: 'select-all',
    label: 'Select All',
    menu: 'Edit',
    accelerator: 'CmdOrCtrl+A',
    needsDesign: true,
  },
  {
    id: 'find-device',
    label: 'Find Device…',
    menu: 'Edit',
    accelerator: 'CmdOrCtrl+F',
    needsDesign: true,
  },
  {
    id: 'preferences',
    label: 'Preferences…',
    menu: 'Edit',
    separatorBefore: true,
    accelerator: 'CmdOrCtrl+,',
  },

  {
    id: 'auto-layout',
    label: 'Auto Layout',
    menu: 'View',
    accelerator: 'CmdOrCtrl+Shift+L',
    needsDesign: true,
  },
  {
    id: 'zoom-in',
    label: 'Zoom In',
    menu: 'View',
    separatorBefore: true,
    accelerator: 'CmdOrCtrl+=',
    moreBrowserKeys: ['CmdOrCtrl+Plus'],
    needsDesign: true,
  },
  {
    id: 'zoom-out',
    label: 'Zoom Out',
    menu: 'View',
    accelerator: 'CmdOrCtrl+-',
    needsDesign: true,
  },
  {
    id: 'fit-view',
    label: 'Fit Design',
    menu: 'View',
    accelerator: 'CmdOrCtrl+0',
    needsDesign: true,
  },
  {
    id: 'toggle-problems',
    label: 'Toggle Problems Panel',
    menu: 'View',
    separatorBefore: true,
    accelerator: 'CmdOrCtrl+Shift+M',
    needsDesign: true,
  },
  { id: 'toggle-minimap', label: 'Toggle Minimap', menu: 'View', needsDesign: true },
  { id: 'toggle-legend', label: 'Toggle Legend', menu: 'View', needsDesign: true },
  { id: 'toggle-theme', label: 'Toggle Dark Mode', menu: 'View', separatorBefore: true },

  { id: 'shortcuts', label: 'Keyboard Shortcuts', menu: 'Help', pageKeys: ['?'] },
  { id: 'rules-reference', label: 'Rules Reference', menu: 'Help', accelerator: 'F1' },
  { id: 'about', label: 'About ClusterWire', menu: 'Help' },

  // Main asked "save changes?" before closing a window: the user chose Save, or Don't Save
  // (which drops the recovered work).
  { id: 'save-and-close', label: 'Save and Close' },
  { id: 'discard-and-close', label: 'Close Without Saving' },
] as const satisfies readonly CommandSpec[];

type Entry = (typeof TABLE)[number];
export type CommandId = Entry['id'];
export type MainCommandId = Extract<Entry, { runsIn: 'main' }>['id'];
export type RendererCommandId = Exclude<CommandId, MainCommandId>;

export const COMMANDS: readonly CommandSpec<CommandId>[] = TABLE;

/** What the renderer runs: the ids of the IPC contract's `MenuCommand`. */
export const RENDERER_COMMAND_IDS = TABLE.flatMap((c) => ('runsIn' in c ? [] : [c.id]));

const MAIN_COMMAND_IDS: ReadonlySet<CommandId> = new Set(
  TABLE.flatMap((c) => ('runsIn' in c ? [c.id] : [])),
);
export const isMainCommand = (id: CommandId): id is MainCommandId => MAIN_COMMAND_IDS.has(id);
