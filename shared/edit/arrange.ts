import type { DeviceRole } from '../model';
import { compareNatural } from '../model/names';
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

/** A device as auto layout sees it: its role, name and measured size. */
export interface LayoutItem {
  id: string;
  role: DeviceRole;
  hostname: string;
  width: number;
  height: number;
}

/** The most servers side by side: eight 1U cards still fit a wide screen at a readable zoom. */
export const MAX_SERVERS_PER_ROW = 8;

/** How many servers go in each row: balanced rows of at most MAX_SERVERS_PER_ROW (20 -> 7, 7, 6). */
export function serverRows(count: number, max = MAX_SERVERS_PER_ROW): number[] {
  if (count <= 0) return [];
  const rows = Math.ceil(count / max);
  const base = Math.floor(count / rows);
  const extra = count % rows;
  return Array.from({ length: rows }, (_, i) => base + (i < extra ? 1 : 0));
}

const H_GAP = 60;
const V_GAP = 140;
const MGMT_GAP = 120;

/**
 * Auto layout in rows, top to bottom: firewalls, core switches, servers (wrapped into balanced
 * rows, see serverRows), other devices; each row centred, names in natural order. Management
 * switches stand in a column to the right, each level with the middle of what it is cabled to,
 * so its many short cables stay short. Returns top-left corners.
 */
export function layoutRows(
  items: readonly LayoutItem[],
  cables: ReadonlyArray<{ a: { device: string }; b: { device: string } }>,
): Map<string, { x: number; y: number }> {
  const byName = (list: LayoutItem[]) =>
    list.sort((a, b) => compareNatural(a.hostname, b.hostname));
  const of = (role: DeviceRole) => byName(items.filter((i) => i.role === role));
  const servers = of('server');
  const rows: LayoutItem[][] = [of('firewall'), of('core-switch')];
  let at = 0;
  for (const n of serverRows(servers.length)) {
    rows.push(servers.slice(at, at + n));
    at += n;
  }
  rows.push(of('other'));
  const filled = rows.filter((r) => r.length > 0);
  const widthOf = (row: LayoutItem[]) =>
    row.reduce((sum, i) => sum + i.width, 0) + H_GAP * (row.length - 1);
  let widest = 0;
  for (const row of filled) widest = Math.max(widest, widthOf(row));
  const out = new Map<string, { x: number; y: number }>();
  let y = 0;
  for (const row of filled) {
    let x = (widest - widthOf(row)) / 2;
    let tallest = 0;
    for (const item of row) {
      out.set(item.id, { x: Math.round(x), y: Math.round(y) });
      x += item.width + H_GAP;
      tallest = Math.max(tallest, item.height);
    }
    y += tallest + V_GAP;
  }

  // Management switches: level with the middle of their neighbours, stacked without overlap.
  const size = new Map(items.map((i) => [i.id, i]));
  const centreY = (id: string) => (out.get(id)?.y ?? 0) + (size.get(id)?.height ?? 0) / 2;
  const coreRowY = out.get(of('core-switch')[0]?.id ?? '')?.y ?? 0;
  const wanted = of('mgmt-switch').map((m) => {
    let sum = 0;
    let count = 0;
    for (const c of cables) {
      const other = c.a.device === m.id ? c.b.device : c.b.device === m.id ? c.a.device : null;
      if (other === null || !out.has(other)) continue;
      sum += centreY(other);
      count++;
    }
    return { item: m, top: count > 0 ? sum / count - m.height / 2 : coreRowY };
  });
  wanted.sort((p, q) => p.top - q.top || compareNatural(p.item.hostname, q.item.hostname));
  let floor = -Infinity;
  for (const { item, top } of wanted) {
    const placed = Math.max(top, floor);
    out.set(item.id, { x: Math.round(widest + MGMT_GAP), y: Math.round(placed) });
    floor = placed + item.height + H_GAP;
  }
  return out;
}
