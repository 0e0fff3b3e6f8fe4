import type { Edge, Node } from '@xyflow/react';
import type { Cable, Design, Device } from '../../../shared/model';
import type { PortSide } from '../../../shared/export/geometry';
import { fallbackPosition, portSides } from '../../../shared/export/geometry';
import { MEDIA_STYLE } from '../../../shared/export/visual';
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
        mark(t.id.slice(0, t.id.indexOf('#')), f.severity);
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

/** Design -> React Flow nodes and edges. Pure, so it is tested without a browser. */
export function designToFlow(
  design: Design,
  marks: Marks = new Map(),
): { nodes: DeviceNode[]; edges: CableEdge[] } {
  const sides = portSides(design);
  const nodes: DeviceNode[] = design.devices.map((device, i) => {
    const portMarks: Record<string, Severity> = {};
    if (marks.has(device.id)) {
      for (const port of device.ports) {
        const severity = marks.get(`${device.id}#${port.name}`);
        if (severity) portMarks[port.name] = severity;
      }
    }
    return {
      id: device.id,
      type: 'device',
      position: design.layout.positions[device.id] ?? fallbackPosition(i),
      data: {
        device,
        portSide: sides.get(device.id) ?? {},
        severity: marks.get(device.id),
        portMarks,
      },
    };
  });
  const edges: CableEdge[] = design.cables.map((cable) => {
    const style = MEDIA_STYLE[cable.media];
    const severity = marks.get(cable.id);
    return {
      id: cable.id,
      type: 'cable',
      source: cable.a.device,
      sourceHandle: cable.a.port,
      target: cable.b.device,
      targetHandle: cable.b.port,
      data: { cable, severity },
      style: {
        stroke: style.color,
        strokeWidth: 2,
        ...(style.dash ? { strokeDasharray: style.dash } : {}),
      },
      ...(severity ? { className: `cw-edge-${severity}` } : {}),
      ariaLabel: `${cable.label ?? cable.id}: ${style.label}, ${cable.lengthM} m`,
    };
  });
  return { nodes, edges };
}
