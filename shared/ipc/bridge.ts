import { z } from 'zod';
import { BridgeError, CALLS, MenuCommand } from './contract';
import type { CallRequest, CallResponse, CallResult } from './contract';
import { CALL_NAMES } from './constants';
import type { CallName } from './constants';

/** What the renderer works with: typed calls that resolve or throw a BridgeCallError. */
export type Bridge = {
  [N in CallName]: (request: CallRequest<N>) => Promise<CallResponse<N>>;
} & {
  /** Menu commands from the native menu (Electron); returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** What a transport carries: a call by name with an unchecked payload, and its result. */
export type RawInvoke = (name: CallName, payload: unknown) => Promise<unknown>;

/** The shape the preload exposes on `window.clusterwire`. */
export type PreloadApi = { [N in CallName]: (payload: unknown) => Promise<unknown> } & {
  onMenuCommand(listener: (command: string) => void): () => void;
};

export class BridgeCallError extends Error {
  readonly code: BridgeError['code'];
  readonly problems: BridgeError['problems'];
  readonly path: string | undefined;
  readonly fitScale: number | undefined;
  constructor(error: BridgeError) {
    super(error.message);
    this.name = 'BridgeCallError';
    this.code = error.code;
    this.problems = error.problems;
    this.path = error.path;
    this.fitScale = error.fitScale;
  }
}

const ResultEnvelope = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: BridgeError }),
]);

/** Turns a raw transport into the typed bridge; responses are checked against the contract too. */
export function createBridge(
  invoke: RawInvoke,
  onMenuCommand: Bridge['onMenuCommand'] = () => () => undefined,
): Bridge {
  const calls = Object.fromEntries(
    CALL_NAMES.map((name) => [
      name,
      async (request: unknown) => {
        const raw = await invoke(name, request);
        const envelope = ResultEnvelope.safeParse(raw);
        if (!envelope.success) {
          throw new BridgeCallError({ code: 'internal', message: `${name}: malformed reply` });
        }
        if (!envelope.data.ok) throw new BridgeCallError(envelope.data.error);
        const value = CALLS[name].response.safeParse(envelope.data.value);
        if (!value.success) {
          throw new BridgeCallError({
            code: 'internal',
            message: `${name}: reply does not match the contract (${value.error.issues[0]?.message ?? ''})`,
          });
        }
        return value.data;
      },
    ]),
  ) as unknown as Omit<Bridge, 'onMenuCommand'>;
  return { ...calls, onMenuCommand };
}

/** Wraps the preload's API (Electron transport). */
export function bridgeFromPreload(api: PreloadApi): Bridge {
  return createBridge(
    (name, payload) => api[name](payload),
    (listener) =>
      api.onMenuCommand((command) => {
        const parsed = MenuCommand.safeParse(command);
        if (parsed.success) listener(parsed.data);
      }),
  );
}

/** Serve mode's transport: POST `<base>api/<call>` with a JSON body, same origin. */
export function bridgeOverHttp(baseUrl: string, fetchImpl: typeof fetch = fetch): Bridge {
  return createBridge(async (name, payload) => {
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
  });
}
