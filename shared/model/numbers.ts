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
