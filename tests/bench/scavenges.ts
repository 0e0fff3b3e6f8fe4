import { PerformanceObserver, constants, performance } from 'node:perf_hooks';

interface Run {
  start: number;
  end: number;
}

/**
 * Which timed runs a young-generation GC (a scavenge) fell into. A validation that allocates
 * close to the young generation's size pays a scavenge in about every other run, so a median of
 * single runs sits on one side of that step or the other; this shows which, and what the runs
 * without one took. A diagnostic next to the budgets, never one of them.
 */
export function watchScavenges() {
  const scavenges: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // A gc entry's detail (its kind) is not in @types/node's PerformanceEntry.
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) scavenges.push(entry.startTime);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const runs = new Map<string, Run[]>();
  return {
    /** Wraps a function so each call's start and end are recorded under `key`. */
    timed(key: string, fn: () => unknown): () => unknown {
      const list: Run[] = [];
      runs.set(key, list);
      return () => {
        const start = performance.now();
        const result = fn();
        list.push({ start, end: performance.now() });
        return result;
      };
    },
    /**
     * Per key, over its last `measured` calls (those after warm-up): how many paid a scavenge,
     * and the median of those that did not.
     */
    async report(
      measured: number,
    ): Promise<Map<string, { paid: number; runs: number; freeMedian: number }>> {
      await new Promise((resolve) => setTimeout(resolve, 0)); // GC entries arrive asynchronously
      observer.disconnect();
      const out = new Map<string, { paid: number; runs: number; freeMedian: number }>();
      for (const [key, all] of runs) {
        const list = all.slice(-measured);
        const free = list
          .filter((r) => !scavenges.some((t) => t >= r.start && t <= r.end))
          .map((r) => r.end - r.start)
          .sort((a, b) => a - b);
        out.set(key, {
          paid: list.length - free.length,
          runs: list.length,
          freeMedian: free[Math.floor(free.length / 2)] ?? NaN,
        });
      }
      return out;
    },
  };
}
