import type { Edge, Node } from '@xyflow/react';
import type { Cable, Design, Device } from '../../../shared/model';
import type { PortSide } from '../../../shared/export/geometry';
import { fallbackPosition, portSides } from '../../../shared/export/geometry';
import { MEDIA_STYLE } from '../../../shared/export/visual';

export interface DeviceNodeData extends Record<string, unknown> {
  device: Device;
  /** Edge of the node each cabled port's handle sits on, facing its peer (cabled ports only). */
  portSide: Record<string, PortSide>;
}
export type DeviceNode = Node<DeviceNodeData, 'device'>;
export type CableEdge = Edge<{ cable: Cable }>;

/** Design -> React Flow nodes and edges. Pure, so it is tested without a browser. */
export function designToFlow(design: Design): { nodes: DeviceNode[]; edges: CableEdge[] } {
  const sides = portSides(design);
  const nodes: DeviceNode[] = design.devices.map((device, i) => ({
    id: device.id,
    type: 'device',
    position: design.layout.positions[device.id] ?? fallbackPosition(i),
    data: { device, portSide: sides.get(device.id) ?? {} },
  }));
  const edges: CableEdge[] = design.cables.map((cable) => {
    const style = MEDIA_STYLE[cable.media];
    return {
      id: cable.id,
      source: cable.a.device,
      sourceHandle: cable.a.port,
      target: cable.b.device,
      targetHandle: cable.b.port,
      data: { cable },
      style: {
        stroke: style.color,
        strokeWidth: 2,
        ...(style.dash ? { strokeDasharray: style.dash } : {}),
      },
      ariaLabel: `${cable.label ?? cable.id}: ${style.label}, ${cable.lengthM} m`,
    };
  });
  return { nodes, edges };
}
