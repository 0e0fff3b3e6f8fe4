import type { Edge, Node } from '@xyflow/react';
import { parsePortKey, portKey } from '../../../shared/model';
import type { Cable, Design, Device } from '../../../shared/model';
import type { PortSide } from '../../../shared/export/geometry';
import { fallbackPosition, portSides } from '../../../shared/export/geometry';
import { MEDIA_STYLE, mediaColorVar } from '../../../shared/export/visual';
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
}
export type DeviceNode = Node<DeviceNodeData, 'device'>;
export type CableEdge = Edge<{ cable: Cable; severity: Severity | undefined }, 'cable'>;

/** Handles of a device in the far overview (DeviceNodeView), one per side. */
export const FAR_HANDLE = { top: '@top', bottom: '@bottom' } as const;

function sameRecord<V>(a: Readonly<Record<string, V>>, b: Readonly<Record<string, V>>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

// The last node data and edge made for each (immutable) device and cable: an edit elsewhere in
// the design hands React Flow the same objects, so memoised nodes and edges do not re-render.
const nodeDataCache = new WeakMap<Device, DeviceNodeData>();
const edgeCache = new WeakMap<Cable, CableEdge>();
const farEdgeCache = new WeakMap<Cable, CableEdge>();

function nodeData(
  device: Device,
  portSide: Record<string, PortSide>,
  severity: Severity | undefined,
  portMarks: Record<string, Severity>,
): DeviceNodeData {
  const previous = nodeDataCache.get(device);
  if (
    previous &&
    previous.severity === severity &&
    sameRecord(previous.portSide, portSide) &&
    sameRecord(previous.portMarks, portMarks)
  ) {
    return previous;
  }
  const data = { device, portSide, severity, portMarks };
  nodeDataCache.set(device, data);
  return data;
}

/** Design -> React Flow nodes and edges. Pure, so it is tested without a browser. */
export function designToFlow(
  design: Design,
  marks: Marks = new Map(),
  /** The far overview: cables attach to each device's side handles, not its ports. */
  far = false,
): { nodes: DeviceNode[]; edges: CableEdge[] } {
  const sides = portSides(design);
  const nodes: DeviceNode[] = design.devices.map((device, i) => {
    const portMarks: Record<string, Severity> = {};
    if (marks.has(device.id)) {
      for (const port of device.ports) {
        const severity = marks.get(portKey({ device: device.id, port: port.name }));
        if (severity) portMarks[port.name] = severity;
      }
    }
    return {
      id: device.id,
      type: 'device',
      position: design.layout.positions[device.id] ?? fallbackPosition(i),
      data: nodeData(device, sides.get(device.id) ?? {}, marks.get(device.id), portMarks),
    };
  });
  const edges: CableEdge[] = design.cables.map((cable) => {
    const style = MEDIA_STYLE[cable.media];
    const severity = marks.get(cable.id);
    const cache = far ? farEdgeCache : edgeCache;
    const previous = cache.get(cable);
    if (previous && previous.data?.severity === severity) return previous;
    const edge: CableEdge = {
      id: cable.id,
      type: 'cable',
      source: cable.a.device,
      sourceHandle: far
        ? FAR_HANDLE[sides.get(cable.a.device)?.[cable.a.port] ?? 'bottom']
        : cable.a.port,
      target: cable.b.device,
      targetHandle: far
        ? FAR_HANDLE[sides.get(cable.b.device)?.[cable.b.port] ?? 'bottom']
        : cable.b.port,
      data: { cable, severity },
      style: {
        stroke: mediaColorVar(cable.media),
        strokeWidth: 2,
        ...(style.dash ? { strokeDasharray: style.dash } : {}),
      },
      ...(severity ? { className: `cw-edge-${severity}` } : {}),
      ariaLabel: `${cable.label ?? cable.id}: ${style.label}, ${cable.lengthM} m`,
    };
    cache.set(cable, edge);
    return edge;
  });
  return { nodes, edges };
}
