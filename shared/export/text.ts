/**
 * How many characters of a text a drawing shows (canvas and export). A hostname or label can be
 * any length in the model; drawn, it is cut with an ellipsis, so drawing time and file size
 * depend on the design's size, not on one string's length. The full text stays in the model and
 * in one tooltip.
 */
export const TEXT_LIMIT = {
  hostname: 32,
  /** Cable labels, drawn along the cable where it leaves the card. */
  cableLabel: 16,
  lag: 12,
  model: 40,
  name: 48,
  /** Text inside a tooltip that repeats names (a cable's ends, a LAG). */
  tooltip: 120,
  title: 100,
} as const;

/**
 * `text` cut to at most `max` characters (code points, so no surrogate pair is split), the last
 * one an ellipsis when it was longer. Reads only about the first `max` characters of `text`.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = Array.from(text.slice(0, 2 * max + 2));
  if (head.length <= max && text.length <= 2 * max + 2) return text;
  return `${head.slice(0, max - 1).join('')}…`;
}
