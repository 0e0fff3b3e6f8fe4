import type { CallResult } from '../../shared/ipc/contract';

/**
 * A call's answer already written as JSON text. The design named at launch is checked and
 * written as JSON in the read-ahead thread (documents.ts); `serve` sends that text on as it is
 * rather than parse it on the server's thread only to write it out again, two passes over
 * megabytes while the page waits for its design.
 */
export class JsonAnswer<T> {
  /** Ties the text to the type it holds; no such field exists at run time. */
  declare private readonly holds: T;
  constructor(readonly text: string) {}

  /** `fields` as a JSON object with `key` set to the JSON text `json`, written in place. */
  static withText<T>(fields: object, key: string, json: string): JsonAnswer<T> {
    const head = JSON.stringify(fields);
    const entry = `${JSON.stringify(key)}:${json}`;
    return new JsonAnswer<T>(head === '{}' ? `{${entry}}` : `${head.slice(0, -1)},${entry}}`);
  }
}

/** A call's result as the JSON text serve sends: an answer written ahead goes in as it is. */
export function resultText(result: CallResult<unknown>): string {
  return result.ok && result.value instanceof JsonAnswer
    ? `{"ok":true,"value":${result.value.text}}`
    : JSON.stringify(result);
}

/** A call's result as plain values, for a transport that carries objects (Electron's IPC). */
export function resultValue(result: CallResult<unknown>): CallResult<unknown> {
  return result.ok && result.value instanceof JsonAnswer
    ? { ok: true, value: JSON.parse(result.value.text) as unknown }
    : result;
}
