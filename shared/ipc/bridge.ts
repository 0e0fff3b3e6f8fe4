import { z } from 'zod';
import { BridgeError, CALLS, MenuCommand, OpenedDesign } from './contract';
import type { CallRequest, CallResponse } from './contract';
import { CALL_NAMES } from './constants';
import type { CallName } from './constants';
import { httpInvoke, preloadInvoke } from './transport';
import type { PreloadApi, RawInvoke } from './transport';

/** What the renderer works with: typed calls that resolve or throw a BridgeCallError. */
export type Bridge = {
  [N in CallName]: (request: CallRequest<N>) => Promise<CallResponse<N>>;
} & {
  /** Menu commands from the native menu (Electron); returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
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

/**
 * Answers whose design the main side has just read through `loadDesign`, that is through this
 * very Design schema, on its way from disk: the renderer checks the rest of the answer, but not
 * that design a second time. The page's CSP forbids the compiled checks zod makes elsewhere, and
 * interpreted, the second check of a 1,000-device design cost ~90 ms of its first render. Answers
 * carrying a design built in code (templates, the wizard) are checked in full.
 */
const DESIGN_READ_ON_MAIN: Partial<Record<CallName, z.ZodType>> = {
  open: OpenedDesign.extend({ design: z.record(z.string(), z.unknown()) }),
};

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
        const value = (DESIGN_READ_ON_MAIN[name] ?? CALLS[name].response).safeParse(
          envelope.data.value,
        );
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

/** Wraps the preload's API (Electron transport); `invoke` may stand in for its calls. */
export function bridgeFromPreload(api: PreloadApi, invoke: RawInvoke = preloadInvoke(api)): Bridge {
  return createBridge(invoke, (listener) =>
    api.onMenuCommand((command) => {
      const parsed = MenuCommand.safeParse(command);
      if (parsed.success) listener(parsed.data);
    }),
  );
}

/** Serve mode's transport: POST `<base>api/<call>` with a JSON body, same origin. */
export function bridgeOverHttp(baseUrl: string, fetchImpl: typeof fetch = fetch): Bridge {
  return createBridge(httpInvoke(baseUrl, fetchImpl));
}
