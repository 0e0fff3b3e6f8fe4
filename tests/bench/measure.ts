import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  min: number;
  runs: number;
}

const summarize = (samples: number[]): Timing => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, runs: sorted.length };
};

/** Median of repeated runs after warm-up; medians resist the noise of a shared machine. */
export function measure(
  fn: () => unknown,
  options: { runs?: number; warmup?: number; maxMs?: number } = {},
): Timing {
  return measureInterleaved({ x: fn }, options).x!;
}

/**
 * Times several functions round-robin (a, b, a, b, ...), so a baseline and the code under test
 * see the same machine load: on a shared machine, ratios of interleaved medians are far steadier
 * than either median alone.
 */
export function measureInterleaved<K extends string>(
  fns: Record<K, () => unknown>,
  options: { runs?: number; warmup?: number; maxMs?: number } = {},
): Record<K, Timing> {
  const keys = Object.keys(fns) as K[];
  const runs = options.runs ?? 21;
  for (let i = 0; i < (options.warmup ?? 3); i++) for (const k of keys) fns[k]();
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const deadline = performance.now() + (options.maxMs ?? 30_000);
  for (let i = 0; i < runs && (i < 5 || performance.now() < deadline); i++) {
    for (const k of keys) {
      const start = performance.now();
      fns[k]();
      samples[k].push(performance.now() - start);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, summarize(samples[k])])) as Record<K, Timing>;
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** One frame at 60 Hz: animation frames come in whole multiples of it. */
export const VSYNC_MS = 1000 / 60;

/**
 * The median of frame times, read between vsync steps (the median of grouped data). Frame times
 * come in 16.7 ms steps, so the plain median of two pages whose frames differ only a little can
 * land a whole step apart: 33 ms against 50 ms reads as 1.5x when most frames of both took
 * either. Here each frame counts in its step, and the median is placed within the step that
 * holds the middle frame by how far into that step's frames the middle falls. A page whose frames
 * all take one step more than another's still reads a step slower.
 */
export function frameMedian(frameTimes: readonly number[]): number {
  if (frameTimes.length === 0) return NaN;
  const steps = frameTimes.map((t) => Math.max(1, Math.round(t / VSYNC_MS))).sort((a, b) => a - b);
  const middle = steps.length / 2;
  const step = steps[Math.floor(middle)]!;
  const below = steps.filter((s) => s < step).length;
  const within = steps.filter((s) => s === step).length;
  return (step - 0.5 + (middle - below) / within) * VSYNC_MS;
}
