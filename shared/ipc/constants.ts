/** Name of the global the preload exposes; kept free of imports so the preload stays small. */
export const BRIDGE_GLOBAL = 'clusterwire';
