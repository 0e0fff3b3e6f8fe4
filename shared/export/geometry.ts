import type { Design, Device, DeviceRole } from '../model';
import { maxOf, minOf } from '../model';
import { clipText, TEXT_LIMIT } from './text';

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
  /** Above the first port row: where the names of that row's LAG frames go. */
  lagLane: 10,
  /** Up to this many ports stand in one row; more take two rows, as on a switch's faceplate. */
  oneRowMax: 12,
  cellW: 34,
  cellGap: 6,
  jackW: 16,
  jackH: 11,
  cellH: 21,
  /** Between the two rows: where the second row's LAG frame names go. */
  rowGap: 12,
} as const;

/** From one port cell's centre to the next one's. */
export const CELL_PITCH = NODE.cellW + NODE.cellGap;

/**
 * How a card lays out its ports: one row, or two like a switch's faceplate, the second shifted
 * by half a cell. Then a cable's stub runs straight from its jack to the card's edge and passes
 * the other row between two ports, never over one, so each cable visibly leaves its own port.
 */
export function portRows(count: number): { rows: number; perRow: number } {
  if (count <= NODE.oneRowMax) return { rows: count === 0 ? 0 : 1, perRow: count };
  return { rows: 2, perRow: Math.ceil(count / 2) };
}

/** How far the second port row is shifted to the right of the first. */
export const SECOND_ROW_SHIFT = CELL_PITCH / 2;

/** Where the first port row starts, from the card's top edge. */
export const PORTS_TOP = NODE.stripe + NODE.padTop + NODE.headerH + NODE.modelH + NODE.lagLane;

/** The port area's size: the rows of cells, the second one shifted (see portRows). */
export function portAreaSize(count: number): { width: number; height: number } {
  const { rows, perRow } = portRows(count);
  const rowWidth = (cells: number) => cells * CELL_PITCH - NODE.cellGap;
  const width = Math.max(
    rowWidth(Math.min(perRow, count)),
    rows > 1 ? SECOND_ROW_SHIFT + rowWidth(count - perRow) : 0,
  );
  return { width, height: rows * NODE.cellH + Math.max(0, rows - 1) * NODE.rowGap };
}

export interface PortSlot {
  name: string;
  /** Centre of the port's jack, relative to the node's top-left corner. */
  x: number;
  y: number;
  /** The port row it sits in, from 0 at the top. */
  row: number;
}

export interface DeviceBox {
  width: number;
  height: number;
  /** How many port rows the card has. */
  rows: number;
  ports: PortSlot[];
}

export function deviceBox(device: Device): DeviceBox {
  const count = device.ports.length;
  const { rows, perRow } = portRows(count);
  const area = portAreaSize(count);
  const width = Math.max(NODE.minWidth, area.width + 2 * NODE.padX);
  const ports = device.ports.map((p, i) => {
    const row = i < perRow ? 0 : 1;
    const column = row === 0 ? i : i - perRow;
    return {
      name: p.name,
      x: NODE.padX + (row === 1 ? SECOND_ROW_SHIFT : 0) + column * CELL_PITCH + NODE.cellW / 2,
      y: PORTS_TOP + row * (NODE.cellH + NODE.rowGap) + NODE.jackH / 2,
      row,
    };
  });
  return { width, height: PORTS_TOP + area.height + NODE.padBottom, rows, ports };
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

/** How far a cable runs straight out of its card before it turns towards its peer. */
export const CABLE_LEAD = 16;

/**
 * A cabled port's stub: the polyline, relative to the card's top-left corner, from the jack's
 * edge on `side` straight to the card's edge, where the cable leaves the card. It passes the other
 * port row, if any, between two of its ports (see portRows). The canvas draws it over the card
 * and the export draws the same.
 */
export function portStub(box: DeviceBox, slot: PortSlot, side: PortSide): Array<[number, number]> {
  const half = NODE.jackH / 2;
  return side === 'bottom'
    ? [
        [slot.x, slot.y + half],
        [slot.x, box.height],
      ]
    : [
        [slot.x, slot.y - half],
        [slot.x, 0],
      ];
}

/** SVG path data of a polyline. */
export const polyline = (points: ReadonlyArray<readonly [number, number]>, round = n1): string =>
  points.map(([x, y], i) => `${i ? 'L' : 'M'}${round(x)} ${round(y)}`).join(' ');
const n1 = (v: number) => String(Math.round(v * 10) / 10);

/** One end of a cable, in diagram coordinates: its stub (see portStub), jack to card edge. */
export interface CableEnd {
  stub: ReadonlyArray<readonly [number, number]>;
  side: PortSide;
}

/**
 * Where a cable's label is drawn at one end: on the cable just outside the card, turned to run
 * along it (reading upwards), so labels of neighbouring ports, 36 px apart, never overlap.
 */
export interface CableLabelSpot {
  x: number;
  y: number;
  /** text-anchor of the turned text: it extends away from the card. */
  anchor: 'start' | 'end';
}

/**
 * A cable's whole course: out of its card along the stub, straight on for CABLE_LEAD, a curve
 * to the peer's lead and in along its stub; and where its label goes at each end. The canvas and
 * the SVG export draw this same course.
 */
export function cableCourse(
  a: CableEnd,
  b: CableEnd,
  round: (v: number) => string = n1,
): { d: string; labelA: CableLabelSpot; labelB: CableLabelSpot } {
  const exitA = a.stub[a.stub.length - 1]!;
  const exitB = b.stub[b.stub.length - 1]!;
  const out = (side: PortSide) => (side === 'top' ? -CABLE_LEAD : CABLE_LEAD);
  const leadA: [number, number] = [exitA[0], exitA[1] + out(a.side)];
  const leadB: [number, number] = [exitB[0], exitB[1] + out(b.side)];
  const [ca, cb] = cableControlYs(leadA[1], a.side, leadB[1], b.side);
  const back = [...b.stub].reverse();
  const d =
    `${polyline(a.stub, round)} L${round(leadA[0])} ${round(leadA[1])}` +
    ` C${round(leadA[0])} ${round(ca)} ${round(leadB[0])} ${round(cb)} ${round(leadB[0])} ${round(leadB[1])}` +
    ` ${polyline(back, round).replace(/^M/, 'L')}`;
  const spot = (exit: readonly [number, number], side: PortSide): CableLabelSpot =>
    side === 'top'
      ? { x: exit[0], y: exit[1] - 4, anchor: 'start' }
      : { x: exit[0], y: exit[1] + 4, anchor: 'end' };
  return { d, labelA: spot(exitA, a.side), labelB: spot(exitB, b.side) };
}

/** SVG transform of a label at `spot`: turned a quarter left, to run along the cable. */
export const labelTransform = (spot: CableLabelSpot, round: (v: number) => string = n1): string =>
  `translate(${round(spot.x)} ${round(spot.y)}) rotate(-90)`;

/** Where a device sits when the layout has no position for it: a grid, in design order. */
export function fallbackPosition(index: number): { x: number; y: number } {
  return { x: (index % 6) * 320, y: Math.floor(index / 6) * 260 };
}

/** A LAG's member ports in one port row of a device, framed: rectangle in card coordinates. */
export interface LagFrame {
  lagId: string;
  /** The LAG's name, clipped for drawing; empty when the frame is too narrow for it. */
  label: string;
  /** Tooltip: full name, mode, MLAG. */
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Each LAG's member ports framed per device and port row (bond0, Po1): how a reader sees which
 * cables form one logical link. Members in different rows get a frame per row.
 */
export function lagFrames(design: Design): Map<string, LagFrame[]> {
  const deviceById = new Map(design.devices.map((d) => [d.id, d]));
  // Port slots by name, per device that has LAG members.
  const slotsOf = new Map<string, Map<string, PortSlot>>();
  const frames = new Map<string, LagFrame[]>();
  for (const lag of design.lags) {
    const byRow = new Map<string, { device: string; slots: PortSlot[] }>();
    for (const m of lag.members) {
      const device = deviceById.get(m.device);
      if (!device) continue;
      let slots = slotsOf.get(device.id);
      if (!slots) {
        slots = new Map(deviceBox(device).ports.map((p) => [p.name, p]));
        slotsOf.set(device.id, slots);
      }
      const slot = slots.get(m.port);
      if (!slot) continue;
      const key = `${m.device}\n${slot.row}`;
      const entry = byRow.get(key) ?? { device: m.device, slots: [] };
      entry.slots.push(slot);
      byRow.set(key, entry);
    }
    const name = lag.name || lag.id;
    for (const { device, slots } of byRow.values()) {
      const x = minOf(slots.map((s) => s.x)) - NODE.cellW / 2 + 2;
      const width = maxOf(slots.map((s) => s.x)) + NODE.cellW / 2 - 2 - x;
      const list = frames.get(device) ?? [];
      list.push({
        lagId: lag.id,
        // A one-port frame (one switch's half of an MLAG LAG) is too narrow for its name, which
        // would run into its neighbours: the tooltip names it.
        label: slots.length > 1 ? clipText(name, TEXT_LIMIT.lag) : '',
        title: `LAG ${clipText(name, TEXT_LIMIT.tooltip)} (${lag.mode}${lag.mlagPair ? ', MLAG' : ''})`,
        x,
        y: slots[0]!.y - NODE.jackH / 2 - 3,
        width,
        height: NODE.cellH + 5,
      });
      frames.set(device, list);
    }
  }
  return frames;
}

/** An MLAG or HA pair: which devices it groups, its caption, and the role whose colour it takes. */
export interface PairGroup {
  key: string;
  members: readonly string[];
  label: string;
  role: DeviceRole;
}

export function pairGroups(design: Design): PairGroup[] {
  const out: PairGroup[] = [];
  design.mlagPairs.forEach((pair, i) =>
    out.push({
      key: `mlag-${i}`,
      members: pair.switches,
      label: `MLAG pair${pair.name ? ` ${clipText(pair.name, TEXT_LIMIT.name)}` : ''}`,
      role: 'core-switch',
    }),
  );
  design.haPairs.forEach((pair, i) =>
    out.push({
      key: `ha-${i}`,
      members: pair.firewalls,
      label: 'Firewall HA pair',
      role: 'firewall',
    }),
  );
  return out;
}

/** The outline drawn around a pair's cards (diagram coordinates), room for its caption on top. */
export function pairOutline(
  cards: ReadonlyArray<{ x: number; y: number; width: number; height: number }>,
): { x: number; y: number; width: number; height: number } | undefined {
  if (cards.length < 2) return undefined;
  const x = minOf(cards.map((c) => c.x)) - 14;
  const y = minOf(cards.map((c) => c.y)) - 24;
  return {
    x,
    y,
    width: maxOf(cards.map((c) => c.x + c.width)) + 14 - x,
    height: maxOf(cards.map((c) => c.y + c.height)) + 14 - y,
  };
}
