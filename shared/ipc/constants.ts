/** Name of the global the preload exposes; kept free of imports so the preload stays small. */
export const BRIDGE_GLOBAL = 'clusterwire';

/** IPC channel of a call is `cw:<name>`; menu commands travel on MENU_CHANNEL. */
export const CHANNEL_PREFIX = 'cw:';
export const MENU_CHANNEL = 'cw-menu';

/**
 * The calls of the bridge contract by name. The preload builds its API from this list without
 * importing zod; a test keeps it equal to the keys of CALLS.
 */
export const CALL_NAMES = [
  'info',
  'listTemplates',
  'newDesign',
  'open',
  'listRecent',
  'showOpenDialog',
  'showSaveDialog',
  'browse',
  'save',
  'exportDesign',
  'revealInFolder',
  'getCatalog',
  'getPreferences',
  'setPreferences',
  'autosave',
  'listRecovery',
  'restoreRecovery',
  'discardRecovery',
  'setDocumentState',
  'closeWindow',
  'importDeviceTypes',
  'readDesign',
  'showOpenLldpDialog',
  'readLldp',
  'exportProgress',
  'cancelExport',
  'generateConfig',
  'readSetAside',
] as const;
export type CallName = (typeof CALL_NAMES)[number];
