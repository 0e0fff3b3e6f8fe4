import { maxOf, minOf } from '../model/numbers';
/** Align and distribute devices on the canvas: positions are top-left corners, sizes measured. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type AlignMode = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom';

/** New top-left corners that line the boxes up on the edge (or centre) of the whole group. */
export function align(
  boxes: ReadonlyMap<string, Box>,
  mode: AlignMode,
): Map<string, { x: number; y: number }> {
  const all = [...boxes.values()];
  const left = minOf(all.map((b) => b.x));
  const right = maxOf(all.map((b) => b.x + b.width));
  const top = minOf(all.map((b) => b.y));
  const bottom = maxOf(all.map((b) => b.y + b.height));
  const out = new Map<string, { x: number; y: number }>();
  for (const [id, b] of boxes) {
    const x =
      mode === 'left'
        ? left
        : mode === 'right'
          ? right - b.width
          : mode === 'center'
            ? (left + right) / 2 - b.width / 2
            : b.x;
    const y =
      mode === 'top'
        ? top
        : mode === 'bottom'
          ? bottom - b.height
          : mode === 'middle'
            ? (top + bottom) / 2 - b.height / 2
            : b.y;
    out.set(id, { x: Math.round(x), y: Math.round(y) });
  }
  return out;
}

/**
 * Equal gaps between neighbours along one axis; the outermost boxes stay where they are. With
 * fewer than three boxes there is nothing to distribute.
 */
export function distribute(
  boxes: ReadonlyMap<string, Box>,
  axis: 'horizontal' | 'vertical',
): Map<string, { x: number; y: number }> {
  const horizontal = axis === 'horizontal';
  const entries = [...boxes].sort(([, a], [, b]) => (horizontal ? a.x - b.x : a.y - b.y));
  const out = new Map(entries.map(([id, b]) => [id, { x: b.x, y: b.y }]));
  if (entries.length < 3) return out;
  const size = (b: Box) => (horizontal ? b.width : b.height);
  const start = horizontal ? entries[0]![1].x : entries[0]![1].y;
  const last = entries.at(-1)![1];
  const end = horizontal ? last.x + last.width : last.y + last.height;
  const gap = (end - start - entries.reduce((s, [, b]) => s + size(b), 0)) / (entries.length - 1);
  let at = start;
  for (const [id, b] of entries) {
    out.set(id, horizontal ? { x: Math.round(at), y: b.y } : { x: b.x, y: Math.round(at) });
    at += size(b) + gap;
  }
  return out;
}
