import type { Design, Device } from '../model';

/**
 * Geometry of a device as drawn, shared by the canvas (renderer/src/styles.css uses the same
 * numbers) and the SVG export, so an exported diagram looks like the canvas the user drew.
 */
export const NODE = {
  minWidth: 150,
  padX: 10,
  padTop: 8,
  padBottom: 6,
  stripe: 4,
  headerH: 18,
  modelH: 21,
  portsPerRow: 12,
  cellW: 34,
  cellGap: 2,
  jackW: 16,
  jackH: 11,
  cellH: 21,
  rowGap: 4,
} as const;

export interface PortSlot {
  name: string;
  /** Centre of the port's jack, relative to the node's top-left corner. */
  x: number;
  y: number;
}

export interface DeviceBox {
  width: number;
  height: number;
  ports: PortSlot[];
}

export function deviceBox(device: Device): DeviceBox {
  const perRow = NODE.portsPerRow;
  const columns = Math.min(perRow, Math.max(1, device.ports.length));
  const rows = Math.ceil(device.ports.length / perRow);
  const portsW = columns * NODE.cellW + (columns - 1) * NODE.cellGap;
  const width = Math.max(NODE.minWidth, portsW + 2 * NODE.padX);
  const top = NODE.stripe + NODE.padTop + NODE.headerH + NODE.modelH;
  const ports = device.ports.map((p, i) => ({
    name: p.name,
    x: NODE.padX + (i % perRow) * (NODE.cellW + NODE.cellGap) + NODE.cellW / 2,
    y: top + Math.floor(i / perRow) * (NODE.cellH + NODE.rowGap) + NODE.jackH / 2,
  }));
  const height = top + rows * NODE.cellH + Math.max(0, rows - 1) * NODE.rowGap + NODE.padBottom;
  return { width, height, ports };
}

export type PortSide = 'top' | 'bottom';

/**
 * The control points' heights of a cable's cubic curve: each end leaves its port vertically, up
 * from a top side and down from a bottom one, by at least 40 px. Cables between devices standing
 * side by side (the MLAG peer link, HA links) so dip below them instead of running through them.
 * The canvas and the SVG export draw the same curve.
 */
export function cableControlYs(
  ya: number,
  sideA: PortSide,
  yb: number,
  sideB: PortSide,
): [number, number] {
  const c = Math.max(40, Math.abs(yb - ya) / 2);
  return [ya + (sideA === 'top' ? -c : c), yb + (sideB === 'top' ? -c : c)];
}

/**
 * Which edge of its node each cabled port's cable leaves from: towards a peer drawn above, else
 * down (peers at one height, like HA links and the MLAG peer link, meet below).
 */
export function portSides(design: Design): Map<string, Record<string, PortSide>> {
  const pos = design.layout.positions;
  const yOf = (id: string) => pos[id]?.y ?? 0;
  const sides = new Map<string, Record<string, PortSide>>();
  for (const cable of design.cables) {
    for (const [end, other] of [
      [cable.a, cable.b],
      [cable.b, cable.a],
    ] as const) {
      const record = sides.get(end.device) ?? {};
      record[end.port] =
        end.device !== other.device && yOf(other.device) < yOf(end.device) ? 'top' : 'bottom';
      sides.set(end.device, record);
    }
  }
  return sides;
}

/** Where a device sits when the layout has no position for it: a grid, in design order. */
export function fallbackPosition(index: number): { x: number; y: number } {
  return { x: (index % 6) * 320, y: Math.floor(index / 6) * 260 };
}
