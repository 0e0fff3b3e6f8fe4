/** Deeper than any design (about 8 levels); deep enough that a recursive parser is still safe. */
export const MAX_JSON_DEPTH = 256;

export type StructureProblem =
  | { kind: 'depth'; offset: number }
  | { kind: 'duplicate-key'; key: string; offset: number; firstOffset: number };

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COMMA = 44;
const COLON = 58;

/**
 * What JSON.parse accepts silently but a design must not hold: nesting deeper than
 * MAX_JSON_DEPTH (the location parser is recursive, and a hostile file of 100,000 brackets
 * would overflow its stack), and a key repeated in one object (JSON.parse keeps the last, so
 * the first would vanish without a word). One pass over the text, iterative, whatever the
 * nesting; it reads structure only and leaves syntax errors to the parser.
 */
export function checkJsonStructure(text: string): StructureProblem | null {
  // Per open container: the keys of an object with their offsets, or null for an array.
  const open: Array<Map<string, number> | null> = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = i + 1;
      while (end < text.length) {
        const d = text.charCodeAt(end);
        if (d === BACKSLASH) end += 2;
        else if (d === QUOTE) break;
        else end++;
      }
      const keys = open[open.length - 1];
      if (expectKey && keys) {
        const key = text.slice(i + 1, end);
        const first = keys.get(key);
        if (first !== undefined)
          return { kind: 'duplicate-key', key, offset: i, firstOffset: first };
        keys.set(key, i);
        expectKey = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (open.length >= MAX_JSON_DEPTH) return { kind: 'depth', offset: i };
      open.push(c === OPEN_OBJECT ? new Map() : null);
      expectKey = c === OPEN_OBJECT;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      open.pop();
      expectKey = false;
    } else if (c === COMMA) {
      expectKey = open[open.length - 1] != null;
    } else if (c === COLON) {
      expectKey = false;
    }
  }
  return null;
}
