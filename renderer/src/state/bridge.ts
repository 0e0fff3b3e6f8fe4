import { bridgeFromPreload, createBridge } from '../../../shared/ipc';
import type { Bridge } from '../../../shared/ipc';
import { invoke, preloadApi } from './transport';

/** The typed bridge: every answer is checked against the contract before the app sees it. */
export const bridge: Bridge = preloadApi
  ? bridgeFromPreload(preloadApi, invoke)
  : createBridge(invoke);
