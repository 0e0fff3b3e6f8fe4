import type { Edge, Node } from '@xyflow/react';
import type { Cable, Design, Device } from '../../../shared/model';
import { MEDIA_STYLE } from './visualLanguage';

export type PortSide = 'top' | 'bottom';

export interface DeviceNodeData extends Record<string, unknown> {
  device: Device;
  /** Which edge of the node each cabled port's handle sits on, facing its peer. */
  portSide: Record<string, PortSide>;
  cabled: Record<string, true>;
}
export type DeviceNode = Node<DeviceNodeData, 'device'>;
export type CableEdge = Edge<{ cable: Cable }>;

/** Design -> React Flow nodes and edges. Pure, so it is tested without a browser. */
export function designToFlow(design: Design): { nodes: DeviceNode[]; edges: CableEdge[] } {
  const pos = design.layout.positions;
  const yOf = (id: string) => pos[id]?.y ?? 0;
  const portSide = new Map<string, Record<string, PortSide>>();
  const cabled = new Map<string, Record<string, true>>();
  const sideFor = (self: string, peer: string): PortSide =>
    yOf(peer) < yOf(self) ? 'top' : 'bottom';
  for (const cable of design.cables) {
    for (const [end, other] of [
      [cable.a, cable.b],
      [cable.b, cable.a],
    ] as const) {
      const sides = portSide.get(end.device) ?? {};
      // Peers at the same height (HA links, MLAG peer link) meet along the bottom.
      sides[end.port] = end.device === other.device ? 'bottom' : sideFor(end.device, other.device);
      portSide.set(end.device, sides);
      cabled.set(end.device, { ...cabled.get(end.device), [end.port]: true });
    }
  }
  const nodes: DeviceNode[] = design.devices.map((device, i) => ({
    id: device.id,
    type: 'device',
    position: pos[device.id] ?? { x: (i % 6) * 320, y: Math.floor(i / 6) * 260 },
    data: { device, portSide: portSide.get(device.id) ?? {}, cabled: cabled.get(device.id) ?? {} },
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
