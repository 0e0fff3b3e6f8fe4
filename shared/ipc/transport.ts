// The transports under the bridge, unchecked: what leaves and arrives as is. Free of zod and of
// the contract's schemas, so the page's entry can send its first calls before the rest of the
// app, the checks among it, has loaded (renderer/src/state/transport.ts).
import type { CallName } from './constants';
import type { CallResult } from './contract';

/** What a transport carries: a call by name with an unchecked payload, and its result. */
export type RawInvoke = (name: CallName, payload: unknown) => Promise<unknown>;

/** The shape the preload exposes on `window.clusterwire`. */
export type PreloadApi = { [N in CallName]: (payload: unknown) => Promise<unknown> } & {
  onMenuCommand(listener: (command: string) => void): () => void;
};

/** Electron's transport: the preload's functions. */
export function preloadInvoke(api: PreloadApi): RawInvoke {
  return (name, payload) => api[name](payload);
}

/** Serve mode's transport: POST `<base>api/<call>` with a JSON body, same origin. */
export function httpInvoke(baseUrl: string, fetchImpl: typeof fetch = fetch): RawInvoke {
  return async (name, payload) => {
    let response: Response;
    try {
      response = await fetchImpl(new URL(`api/${name}`, baseUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(payload ?? {}),
      });
    } catch {
      return {
        ok: false,
        error: {
          code: 'io',
          message: 'ClusterWire serve is not reachable: was it stopped? Restart it and reload.',
        },
      } satisfies CallResult<never>;
    }
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `${name}: HTTP ${response.status} ${text.slice(0, 200)}`,
        },
      } satisfies CallResult<never>;
    }
  };
}
