import type { Edge, Node } from '@xyflow/react';
import { cableName, parsePortKey, portKey } from '../../../shared/model';
import type { Cable, Design, Device } from '../../../shared/model';
import type { DeviceBox, LagFrame, PortSide, PortSlot } from '../../../shared/export/geometry';
import {
  deviceBox,
  fallbackPosition,
  lagFrames,
  polyline,
  portSides,
  portStub,
} from '../../../shared/export/geometry';
import { TEXT_LIMIT, clipText } from '../../../shared/export/text';
import { MEDIA_STYLE, mediaColorVar } from '../../../shared/export/visual';
import type { DetailLevel } from './DeviceNodeView';
import type { Finding, Severity } from '../../../shared/rules/finding';
import { SEVERITY_ORDER } from '../../../shared/rules/finding';

/** The worst unsuppressed severity per device, port (`device#port`) and cable. */
export type Marks = ReadonlyMap<string, Severity>;

export function findingMarks(findings: readonly Finding[]): Marks {
  const marks = new Map<string, Severity>();
  const mark = (id: string, severity: Severity) => {
    const current = marks.get(id);
    if (!current || SEVERITY_ORDER[severity] < SEVERITY_ORDER[current]) marks.set(id, severity);
  };
  for (const f of findings) {
    if (f.suppressed || f.severity === 'info') continue;
    for (const t of f.targets) {
      if (t.kind === 'device' || t.kind === 'cable') mark(t.id, f.severity);
      else if (t.kind === 'port') {
        mark(t.id, f.severity);
        mark(parsePortKey(t.id).device, f.severity);
      }
    }
  }
  return marks;
}

export interface DeviceNodeData extends Record<string, unknown> {
  device: Device;
  /** Edge of the node each cabled port's handle sits on, facing its peer (cabled ports only). */
  portSide: Record<string, PortSide>;
  severity: Severity | undefined;
  /** Ports with a finding on them. */
  portMarks: Record<string, Severity>;
  /** What the card draws over itself: cable stubs (jack to card edge) and LAG frames. */
  overlay: CardOverlay;
}
export type DeviceNode = Node<DeviceNodeData, 'device'>;

/** A cabled port's stub in card coordinates (see portStub), in its cable's colour. */
export interface StubDrawing {
  port: string;
  d: string;
  color: string;
  dash?: string;
}
export interface CardOverlay {
  stubs: StubDrawing[];
  frames: LagFrame[];
  /** Equal keys, equal drawings: lets an unchanged card keep its data object. */
  key: string;
}

/** One end of a cable edge: its stub relative to the jack edge where React Flow anchors it. */
export interface EdgeEnd {
  stub: Array<[number, number]>;
  side: PortSide;
}
export interface CableEdgeData extends Record<string, unknown> {
  cable: Cable;
  severity: Severity | undefined;
  /** Absent in the far overview, where cables attach to a card's side handles. */
  a?: EdgeEnd;
  b?: EdgeEnd;
  /** The label drawn at both ends (clipped), only at a zoom where it can be read. */
  label?: string;
}
export type CableEdge = Edge<CableEdgeData, 'cable'>;

/** Handles of a device in the far overview (DeviceNodeView), one per side. */
export const FAR_HANDLE = { top: '@top', bottom: '@bottom' } as const;

export function sameRecord<V>(
  a: Readonly<Record<string, V>>,
  b: Readonly<Record<string, V>>,
): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

// The last node data and edge made for each (immutable) device and cable: an edit elsewhere in
// the design hands React Flow the same objects, so memoised nodes and edges do not re-render.
const nodeDataCache = new WeakMap<Device, DeviceNodeData>();
const edgeCache = new WeakMap<Cable, { key: string; edge: CableEdge }>();
const boxCache = new WeakMap<Device, { box: DeviceBox; slots: Map<string, PortSlot> }>();
const NO_FRAMES: LagFrame[] = [];

/** A device's drawn box and its port slots by name, computed once per (immutable) device. */
function boxOf(device: Device): { box: DeviceBox; slots: Map<string, PortSlot> } {
  let entry = boxCache.get(device);
  if (!entry) {
    const box = deviceBox(device);
    entry = { box, slots: new Map(box.ports.map((p) => [p.name, p])) };
    boxCache.set(device, entry);
  }
  return entry;
}

function nodeData(
  device: Device,
  portSide: Record<string, PortSide>,
  severity: Severity | undefined,
  portMarks: Record<string, Severity>,
  overlay: CardOverlay,
): DeviceNodeData {
  const previous = nodeDataCache.get(device);
  if (
    previous &&
    previous.severity === severity &&
    previous.overlay.key === overlay.key &&
    sameRecord(previous.portSide, portSide) &&
    sameRecord(previous.portMarks, portMarks)
  ) {
    return previous;
  }
  const data = { device, portSide, severity, portMarks, overlay };
  nodeDataCache.set(device, data);
  return data;
}

/** Design -> React Flow nodes and edges. Pure, so it is tested without a browser. */
export function designToFlow(
  design: Design,
  marks: Marks = new Map(),
  /** Far: cables attach to each card's side handles. */
  detail: DetailLevel = 'full',
  /** Cable labels drawn (the zoom is high enough to read them). */
  labels = true,
): { nodes: DeviceNode[]; edges: CableEdge[] } {
  const far = detail === 'far';
  const sides = portSides(design);
  const deviceById = new Map(design.devices.map((d) => [d.id, d]));
  const frames = far ? new Map<string, LagFrame[]>() : lagFrames(design);
  // Each cabled port's stub, card coordinates, in the colour of its cable.
  const stubsOf = new Map<string, StubDrawing[]>();
  const endOf = new Map<string, EdgeEnd>();
  if (!far) {
    for (const cable of design.cables) {
      const style = MEDIA_STYLE[cable.media];
      for (const end of [cable.a, cable.b]) {
        const device = deviceById.get(end.device);
        if (!device) continue;
        const { box, slots } = boxOf(device);
        const slot = slots.get(end.port);
        if (!slot) continue;
        const side = sides.get(end.device)?.[end.port] ?? 'bottom';
        const stub = portStub(box, slot, side);
        const list = stubsOf.get(end.device) ?? [];
        list.push({
          port: end.port,
          d: polyline(stub),
          color: mediaColorVar(cable.media),
          ...(style.dash ? { dash: style.dash } : {}),
        });
        stubsOf.set(end.device, list);
        const [x0, y0] = stub[0]!;
        endOf.set(portKey(end), {
          stub: stub.map(([x, y]): [number, number] => [x - x0, y - y0]),
          side,
        });
      }
    }
  }
  const nodes: DeviceNode[] = design.devices.map((device, i) => {
    const portMarks: Record<string, Severity> = {};
    if (marks.has(device.id)) {
      for (const port of device.ports) {
        const severity = marks.get(portKey({ device: device.id, port: port.name }));
        if (severity) portMarks[port.name] = severity;
      }
    }
    const stubs = stubsOf.get(device.id) ?? [];
    const deviceFrames = frames.get(device.id) ?? NO_FRAMES;
    const overlay: CardOverlay = {
      stubs,
      frames: deviceFrames,
      key:
        stubs.length || deviceFrames.length
          ? JSON.stringify([stubs, deviceFrames.map((f) => [f.x, f.y, f.width, f.label, f.title])])
          : '',
    };
    return {
      id: device.id,
      type: 'device',
      position: design.layout.positions[device.id] ?? fallbackPosition(i),
      data: nodeData(device, sides.get(device.id) ?? {}, marks.get(device.id), portMarks, overlay),
    };
  });
  const edges: CableEdge[] = design.cables.map((cable) => {
    const style = MEDIA_STYLE[cable.media];
    const severity = marks.get(cable.id);
    const sideA = sides.get(cable.a.device)?.[cable.a.port] ?? 'bottom';
    const sideB = sides.get(cable.b.device)?.[cable.b.port] ?? 'bottom';
    const a = endOf.get(portKey(cable.a));
    const b = endOf.get(portKey(cable.b));
    const label =
      labels && !far && cable.label ? clipText(cable.label, TEXT_LIMIT.cableLabel) : undefined;
    // Stubs depend on the sides and the port rows; rows change only with the device (new cable).
    const key = `${severity}|${far}|${sideA}|${sideB}|${label}|${a ? a.stub.join(' ') : ''}|${b ? b.stub.join(' ') : ''}`;
    const previous = edgeCache.get(cable);
    if (previous && previous.key === key) return previous.edge;
    const edge: CableEdge = {
      id: cable.id,
      type: 'cable',
      source: cable.a.device,
      sourceHandle: far ? FAR_HANDLE[sideA] : cable.a.port,
      target: cable.b.device,
      targetHandle: far ? FAR_HANDLE[sideB] : cable.b.port,
      data: {
        cable,
        severity,
        ...(a && b ? { a, b } : {}),
        ...(label ? { label } : {}),
      },
      style: {
        stroke: mediaColorVar(cable.media),
        strokeWidth: 2,
        ...(style.dash ? { strokeDasharray: style.dash } : {}),
      },
      ...(severity ? { className: `cw-edge-${severity}` } : {}),
      ariaLabel: `${cableName(cable, (id) => deviceById.get(id)?.hostname)}: ${style.label}, ${cable.lengthM} m`,
    };
    edgeCache.set(cable, { key, edge });
    return edge;
  });
  return { nodes, edges };
}
