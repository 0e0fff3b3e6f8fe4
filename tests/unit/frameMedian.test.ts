import { describe, expect, it } from 'vitest';
import { VSYNC_MS, frameMedian } from '../../tests/bench/measure';

const frames = (counts: Record<number, number>) =>
  Object.entries(counts).flatMap(([step, n]) => Array<number>(n).fill(Number(step) * VSYNC_MS));

describe('the canvas benchmark reads frame times between vsync steps', () => {
  it('puts a page whose frames all take one step at that step', () => {
    expect(frameMedian(frames({ 2: 100 }))).toBeCloseTo(2 * VSYNC_MS, 5);
  });

  it('keeps two pages with nearly the same frames close, where the plain median jumps a step', () => {
    const app = frames({ 2: 45, 3: 55 });
    const bare = frames({ 2: 55, 3: 45 });
    const ratio = frameMedian(app) / frameMedian(bare);
    expect(ratio).toBeGreaterThan(1);
    expect(ratio).toBeLessThan(1.1);
  });

  it('still tells a page that is a whole step slower', () => {
    expect(frameMedian(frames({ 3: 100 })) / frameMedian(frames({ 2: 100 }))).toBeCloseTo(1.5, 5);
    expect(
      frameMedian(frames({ 4: 90, 5: 10 })) / frameMedian(frames({ 2: 90, 3: 10 })),
    ).toBeGreaterThan(1.8);
  });

  it('takes measured frame times, which scatter around the steps', () => {
    // Three of five frames in the first step: the middle (2.5) falls 2.5/3 of the way into it.
    expect(frameMedian([16.5, 16.8, 16.7, 33.2, 33.5])).toBeCloseTo((0.5 + 2.5 / 3) * VSYNC_MS, 5);
    expect(frameMedian([])).toBeNaN();
  });
});
