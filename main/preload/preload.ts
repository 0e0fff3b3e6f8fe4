import { contextBridge } from 'electron';
import { BRIDGE_GLOBAL } from '../../shared/ipc/constants';
import type { ClusterWireBridge } from '../../shared/ipc/bridge';

// A sandboxed preload sees a restricted `process`; read only what it offers.
const bridge: ClusterWireBridge = {
  info: {
    transport: 'electron',
    platform: process.platform,
    appVersion: process.versions.electron ?? 'unknown',
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
