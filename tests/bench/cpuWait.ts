import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * How long this process's main thread has spent runnable but waiting for a CPU, in ms: the second
 * field of Linux's /proc/self/schedstat. Undefined where that file does not exist (macOS, Windows).
 */
export function cpuWaitMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/schedstat', 'latin1').split(' ');
    const waitedNs = Number(fields[1]);
    return Number.isFinite(waitedNs) ? waitedNs / 1e6 : undefined;
  } catch {
    return undefined;
  }
}

export interface Attempt<T> {
  result: T;
  windowMs: number;
  /** Time the main thread waited for a CPU during the attempt; undefined when unknown. */
  waitedMs: number | undefined;
  /** Other processes kept this one off the CPU for more than `maxWaitShare` of the attempt. */
  busy: boolean;
}

export interface QuietOptions {
  attempts?: number;
  /** Largest share of an attempt the main thread may spend waiting for a CPU. */
  maxWaitShare?: number;
  pauseMs?: number;
  readWait?: () => number | undefined;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Runs a measurement, and runs it again (after a pause, up to `attempts` times) while other
 * processes kept this one off the CPU. A validation of 2,000 devices lasts several scheduler time
 * slices and one of 200 devices does not, so on a machine with more runnable threads than cores
 * the larger one waits more often and the ratio of their times measures the scheduler rather than
 * the code. Whether to measure again depends only on the waiting, never on the figures measured.
 * Returns every attempt; the last is the one to judge.
 */
export async function measureWhenQuiet<T>(
  measure: () => T,
  options: QuietOptions = {},
): Promise<Attempt<T>[]> {
  const {
    attempts = 5,
    maxWaitShare = 0.15,
    pauseMs = 3000,
    readWait = cpuWaitMs,
    sleep = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  } = options;
  const done: Attempt<T>[] = [];
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await sleep(pauseMs);
    const waitBefore = readWait();
    const start = performance.now();
    const result = measure();
    const windowMs = performance.now() - start;
    const waitAfter = readWait();
    const waitedMs =
      waitBefore === undefined || waitAfter === undefined ? undefined : waitAfter - waitBefore;
    const busy = waitedMs !== undefined && waitedMs > maxWaitShare * windowMs;
    done.push({ result, windowMs, waitedMs, busy });
    if (!busy) break;
  }
  return done;
}
