import type { Catalog } from '../catalog';
import type { Design } from '../model';
import { CompactTopology } from './compactTopology';
import type { Topology } from './topology';

export * from './cablePhysics';
export * from './ip';
export * from './topology';
export * from './vlans';

/** The design's topology, for rules, exports and the editor. */
export function buildTopology(design: Design, catalog: Catalog): Topology {
  return new CompactTopology(design, catalog);
}
