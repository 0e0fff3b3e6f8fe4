/**
 * Control characters in text a user typed: C0 (U+0000-U+001F), DEL and C1 (U+007F-U+009F).
 * RFC 5198 section 2 says text for interchange should not hold them (C1 must not), and most
 * are not even allowed in XML 1.0, so they are findings (rule text.control-character) and
 * every output escapes them.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/** The same set without the global flag: `test` keeps no position between calls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ANY_CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** Whether `text` holds any control character (line breaks included): a cheap first look. */
export function hasControlCharacter(text: string | undefined): text is string {
  return text !== undefined && ANY_CONTROL_CHARACTER.test(text);
}

/** The control characters a line break in free-form notes may use (RFC 5198: CR, LF; and TAB). */
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

/** `\xNN` for one control character, so it can be shown without acting on a terminal. */
export function escapeControl(ch: string): string {
  return `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** The text with every control character shown as `\xNN`. */
export function printable(text: string): string {
  return text.replace(CONTROL_CHARACTERS, escapeControl);
}

/**
 * The distinct control characters in `text`, escaped and in order of first appearance;
 * `multiline` allows TAB, LF and CR (notes may hold line breaks).
 */
export function controlCharactersIn(text: string, multiline = false): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CONTROL_CHARACTERS)) {
    if (multiline && LINE_BREAK_OR_TAB.test(match[0])) continue;
    const escaped = escapeControl(match[0]);
    if (!found.includes(escaped)) found.push(escaped);
  }
  return found;
}
