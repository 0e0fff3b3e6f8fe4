import { BRIDGE_GLOBAL } from '../../../shared/ipc/constants';
import type { CallName } from '../../../shared/ipc/constants';
import { httpInvoke, preloadInvoke } from '../../../shared/ipc/transport';
import type { PreloadApi, RawInvoke } from '../../../shared/ipc/transport';

// The one place that knows about transports: the preload's API in Electron, loopback HTTP under
// `clusterwire serve` (the page's own URL carries the per-run token, so relative calls do too).
// It holds no schema, so the page's entry loads it at once and sends the start-up calls while
// the rest of the app is still loading; the bridge checks their answers when it takes them.

export const preloadApi = (window as unknown as Record<string, PreloadApi | undefined>)[
  BRIDGE_GLOBAL
];
const raw: RawInvoke = preloadApi ? preloadInvoke(preloadApi) : httpInvoke(document.baseURI);

/** Calls sent at start-up whose answers the app has not taken yet, by name and payload. */
const early = new Map<string, Promise<unknown>>();
const keyOf = (name: CallName, payload: unknown) => `${name} ${JSON.stringify(payload ?? {})}`;

function sendEarly(name: CallName, payload: object): Promise<unknown> {
  const answer = raw(name, payload);
  // Unhandled until the app takes it; the app sees (and reports) a failure then.
  answer.catch(() => undefined);
  early.set(keyOf(name, payload), answer);
  return answer;
}

/** A field of an unchecked `info` answer (the bridge checks the answer when the app takes it). */
function infoField(answer: unknown, field: 'initialFile' | 'offerRecovery'): unknown {
  if (typeof answer !== 'object' || answer === null || !('value' in answer)) return undefined;
  const { value } = answer as { value: unknown };
  if (typeof value !== 'object' || value === null || !(field in value)) return undefined;
  return (value as Record<string, unknown>)[field];
}

/**
 * Sends the calls the app starts with, before its code has loaded: what it runs on, preferences,
 * recent files, and, as soon as `info` names them, the design named at launch and the recovered
 * work to offer. A large design then travels and is read while the app's code loads and React
 * renders, and the app does not wait for a round trip to the recovery folder before opening it.
 */
export function sendStartupCalls(): void {
  const info = sendEarly('info', {});
  sendEarly('getPreferences', {});
  sendEarly('listRecent', {});
  info.then(
    (answer) => {
      const path = infoField(answer, 'initialFile');
      if (typeof path === 'string') sendEarly('open', { path });
      if (infoField(answer, 'offerRecovery') === true) sendEarly('listRecovery', {});
    },
    // The app makes the same call and reports its failure.
    () => undefined,
  );
}

/** Start-up is over: answers nobody took (a launch file not opened after all) are let go. */
export function dropStartupCalls(): void {
  early.clear();
}

/** The transport under the bridge: a start-up call's answer is taken once, by the same call. */
export const invoke: RawInvoke = (name, payload) => {
  const key = keyOf(name, payload);
  const answer = early.get(key);
  if (!answer) return raw(name, payload);
  early.delete(key);
  return answer;
};
