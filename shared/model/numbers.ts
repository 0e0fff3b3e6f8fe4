/**
 * The smallest and largest of a list, by loop: `Math.min(...list)` passes every element as an
 * argument, and a design-sized list (20,000 devices) overflows the call stack.
 */
export function minOf(values: Iterable<number>, start = Infinity): number {
  let min = start;
  for (const v of values) if (v < min) min = v;
  return min;
}

export function maxOf(values: Iterable<number>, start = -Infinity): number {
  let max = start;
  for (const v of values) if (v > max) max = v;
  return max;
}

/**
 * A count with its noun, singular for one: `plural(1, 'warning')` is "1 warning", `plural(3,
 * 'warning')` "3 warnings". `many` is for nouns that do not just take an s ("switches").
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
