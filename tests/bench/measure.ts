import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  min: number;
  runs: number;
}

/** Median of repeated runs after warm-up; medians resist the noise of a shared machine. */
export function measure(
  fn: () => unknown,
  options: { runs?: number; warmup?: number; maxMs?: number } = {},
): Timing {
  const runs = options.runs ?? 21;
  for (let i = 0; i < (options.warmup ?? 3); i++) fn();
  const samples: number[] = [];
  const deadline = performance.now() + (options.maxMs ?? 20_000);
  while (samples.length < runs && (samples.length < 5 || performance.now() < deadline)) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    median: samples[Math.floor(samples.length / 2)]!,
    min: samples[0]!,
    runs: samples.length,
  };
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
