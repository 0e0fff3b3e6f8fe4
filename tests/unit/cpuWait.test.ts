import { describe, expect, it } from 'vitest';
import { cpuWaitMs, measureWhenQuiet } from '../bench/cpuWait';

/** Successive readings of the wait counter: before and after each attempt. */
function readings(...values: number[]) {
  let i = 0;
  return () => values[i++];
}

const noSleep = () => Promise.resolve();

describe('measureWhenQuiet', () => {
  it('keeps the first attempt when the process hardly waited for a CPU', async () => {
    let calls = 0;
    const attempts = await measureWhenQuiet(() => ++calls, {
      readWait: () => 0,
      sleep: noSleep,
    });
    expect(attempts.map((a) => [a.result, a.busy, a.waitedMs])).toEqual([[1, false, 0]]);
  });

  it('measures again while other processes kept it waiting, and stops once it ran quietly', async () => {
    let calls = 0;
    // Each measurement appears to last far less than 1,000 ms, so 1,000 ms of waiting is busy.
    const readWait = readings(0, 1000, 1000, 2000, 2000, 2000);
    const attempts = await measureWhenQuiet(() => ++calls, { readWait, sleep: noSleep });
    expect(attempts.map((a) => [a.result, a.busy])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
  });

  it('gives up after the last attempt and says the machine stayed busy', async () => {
    const attempts = await measureWhenQuiet(() => 'x', {
      attempts: 3,
      readWait: readings(0, 1000, 1000, 2000, 2000, 3000),
      sleep: noSleep,
    });
    expect(attempts).toHaveLength(3);
    expect(attempts.every((a) => a.busy)).toBe(true);
  });

  it('measures once where the waiting cannot be read', async () => {
    const attempts = await measureWhenQuiet(() => 'x', {
      readWait: () => undefined,
      sleep: noSleep,
    });
    expect(attempts).toEqual([expect.objectContaining({ busy: false, waitedMs: undefined })]);
  });

  it('reads a number from Linux, or nothing elsewhere', () => {
    const waited = cpuWaitMs();
    if (process.platform === 'linux') expect(waited).toBeGreaterThanOrEqual(0);
    else expect(waited).toBeUndefined();
  });
});
