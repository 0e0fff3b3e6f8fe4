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
