import { z } from 'zod';

/**
 * The bridge the preload exposes as `window.clusterwire`. Only what the first window needs is
 * declared so far; the desktop-shell issue adds file, export and preference calls here.
 */
export const BridgeInfo = z.strictObject({
  transport: z.enum(['electron', 'http']),
  platform: z.string(),
  appVersion: z.string(),
});
export type BridgeInfo = z.infer<typeof BridgeInfo>;

export interface ClusterWireBridge {
  info: BridgeInfo;
}

export { BRIDGE_GLOBAL } from './constants';
