import { getViewportForBounds } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { fitPadding } from '../../../renderer/src/canvas/ViewCommands';
import type { Box, FIT_PADDING, Padding } from '../../../renderer/src/canvas/ViewCommands';
import { FLOW_SETTINGS } from '../../../renderer/src/canvas/flowSettings';

// Fit Design keeps the design clear of the overlays in the canvas's bottom corners. The canvas
// and overlays are as Chromium measured them in a 1280 x 720 window: zoom buttons and legend at
// the bottom left, the minimap at the bottom right.
const canvas = { width: 690, height: 456 };
const controls: Box = { left: 15, top: 363, right: 41, bottom: 441 };
const legend: Box = { left: 56, top: 373, right: 396, bottom: 441 };
const minimap: Box = { left: 475, top: 291, right: 675, bottom: 441 };
const overlays = [controls, legend, minimap];

/** Where a design at the origin lands on the canvas, fitted the way React Flow fits it. */
function fitted(bounds: { width: number; height: number }, padding: Padding | typeof FIT_PADDING) {
  const px = (v: number | string) => (typeof v === 'number' ? `${v}px` : v) as `${number}px`;
  const viewport = getViewportForBounds(
    { x: 0, y: 0, ...bounds },
    canvas.width,
    canvas.height,
    FLOW_SETTINGS.minZoom,
    2,
    {
      top: px(padding.top),
      right: px(padding.right),
      bottom: px(padding.bottom),
      left: px(padding.left),
    },
  );
  return {
    zoom: viewport.zoom,
    box: {
      left: viewport.x,
      top: viewport.y,
      right: viewport.x + bounds.width * viewport.zoom,
      bottom: viewport.y + bounds.height * viewport.zoom,
    },
  };
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

// A wide rack row, a tall stack, something square, and a reference design's proportions.
const shapes = [
  { width: 3000, height: 600 },
  { width: 500, height: 2400 },
  { width: 1000, height: 1000 },
  { width: 1450, height: 560 },
];

describe('Fit Design', () => {
  it('keeps every design clear of the zoom buttons, the legend and the minimap', () => {
    for (const shape of shapes) {
      const { box } = fitted(shape, fitPadding(canvas, overlays, shape));
      for (const o of overlays) expect(overlaps(box, o), JSON.stringify({ shape, o })).toBe(false);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(canvas.width);
      expect(box.bottom).toBeLessThanOrEqual(canvas.height);
    }
  });

  it('gives up the strip or the column that costs the design least', () => {
    // A tall design keeps its height and gives up a column beside the minimap ...
    const tall = fitPadding(canvas, [minimap], { width: 500, height: 2400 });
    expect(tall.right).toBeGreaterThan(200);
    expect(tall.bottom).toBeLessThan(100);
    // ... a wide one keeps its width and gives up the strip under it.
    const wide = fitPadding(canvas, [minimap], { width: 3000, height: 600 });
    expect(wide.bottom).toBeGreaterThan(150);
    expect(wide.right).toBeLessThan(100);
  });

  it('with the overlays hidden, leaves only the margin', () => {
    expect(fitPadding(canvas, [], { width: 1000, height: 1000 })).toEqual({
      top: 24,
      right: 24,
      bottom: 24,
      left: 24,
    });
  });
});
