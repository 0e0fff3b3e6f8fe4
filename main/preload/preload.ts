import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import {
  BRIDGE_GLOBAL,
  CALL_NAMES,
  CHANNEL_PREFIX,
  MENU_CHANNEL,
} from '../../shared/ipc/constants';

// One function per declared call, and nothing else: the page never gets ipcRenderer itself.
// Payloads are checked in main (zod + sender frame), not here, so this file stays tiny.
const api: Record<string, unknown> = Object.fromEntries(
  CALL_NAMES.map((name) => [
    name,
    (payload: unknown) => ipcRenderer.invoke(`${CHANNEL_PREFIX}${name}`, payload),
  ]),
);
api.onMenuCommand = (listener: (command: string) => void) => {
  const handler = (_event: IpcRendererEvent, command: unknown) => {
    if (typeof command === 'string') listener(command);
  };
  ipcRenderer.on(MENU_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(MENU_CHANNEL, handler);
  };
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);
