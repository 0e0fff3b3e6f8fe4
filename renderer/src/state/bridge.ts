import { BRIDGE_GLOBAL, bridgeFromPreload, bridgeOverHttp } from '../../../shared/ipc';
import type { Bridge, PreloadApi } from '../../../shared/ipc';

/**
 * The one place that knows about transports: the preload's API in Electron, loopback HTTP under
 * `clusterwire serve` (the page's own URL carries the per-run token, so relative calls do too).
 */
function connect(): Bridge {
  const preload = (window as unknown as Record<string, PreloadApi | undefined>)[BRIDGE_GLOBAL];
  return preload ? bridgeFromPreload(preload) : bridgeOverHttp(document.baseURI);
}

export const bridge: Bridge = connect();
