import type { KeyContext } from '../../../shared/commands';
import type { AppInfo } from '../../../shared/ipc';

/** Browsers on a Mac use Cmd where the others use Ctrl. */
export const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/**
 * Where keys are read. Until the app knows its transport, the page answers only its own keys
 * (Delete, ?), as in Electron.
 */
export const keyContext = (transport: AppInfo['transport'] | undefined): KeyContext => ({
  transport: transport ?? 'electron',
  mac: isMac,
});
