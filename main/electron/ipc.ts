import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { CALL_NAMES, CHANNEL_PREFIX } from '../../shared/ipc/constants';
import type { CallResult } from '../../shared/ipc/contract';
import { dispatch } from '../services/bridgeHandlers';
import type { bridgeHandlers } from '../services/bridgeHandlers';
import { resultValue } from '../services/jsonAnswer';
import { APP_ORIGIN } from './security';

type Handlers = ReturnType<typeof bridgeHandlers>;

/** Only the app's own top-level page may call: not an iframe, not a page navigated elsewhere. */
export function isTrustedSender(frame: WebFrameMain | null): boolean {
  if (!frame || frame.parent !== null) return false;
  // Compare scheme and host: a custom scheme's URL.origin is "null", as is file://'s.
  try {
    const url = new URL(frame.url);
    const app = new URL(APP_ORIGIN);
    return url.protocol === app.protocol && url.host === app.host;
  } catch {
    return false;
  }
}

/**
 * Registers every call of the contract once. Each window has its own handlers (its own granted
 * paths, title and close state); `handlersFor` finds them from the sending WebContents.
 */
export function registerIpc(
  handlersFor: (event: IpcMainInvokeEvent) => Handlers | undefined,
): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(
      `${CHANNEL_PREFIX}${name}`,
      async (event, payload: unknown): Promise<CallResult<unknown>> => {
        const handlers = handlersFor(event);
        if (!handlers || !isTrustedSender(event.senderFrame)) {
          return {
            ok: false,
            error: { code: 'not-allowed', message: `${name}: refused for this sender` },
          };
        }
        return resultValue(await dispatch(handlers, name, payload));
      },
    );
  }
}
