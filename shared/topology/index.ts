import type { Catalog } from '../catalog';
import type { Design, Device } from '../model';
import { CompactTopology } from './compactTopology';
import type { PortIndex, Topology } from './topology';

export * from './cablePhysics';
export * from './ip';
export * from './topology';
export * from './vlans';

/** The design's topology, for rules, exports and the editor. */
export function buildTopology(design: Design, catalog: Catalog): Topology {
  return new CompactTopology(design, catalog);
}

// What generation asks of the topology its validation built, beyond the rules' surface.

/**
 * The port at position `i` of `device.ports`: generators walk a device's ports in order, and
 * reach each one's cable without a search by name.
 */
export function portAt(topo: Topology, device: Device, i: number): PortIndex | undefined {
  if (topo instanceof CompactTopology) return topo.portAt(device, i);
  const port = device.ports[i];
  return port && topo.findPort({ device: device.id, port: port.name });
}

/**
 * Forgets the lists and derived facts the rules asked for; asked again, they are worked out
 * again. For a caller that keeps the topology after validating (generation): otherwise every
 * young-generation GC while it works copies them.
 */
export function releaseDerived(topo: Topology): void {
  if (topo instanceof CompactTopology) topo.releaseDerived();
}
