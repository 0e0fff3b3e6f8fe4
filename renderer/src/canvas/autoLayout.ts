import type { ELK as ElkApi, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { Design, DeviceRole } from '../../../shared/model';

/** Rows top to bottom: firewalls, the core pair (management switch beside it), then servers. */
const ROW: Record<DeviceRole, number> = {
  firewall: 0,
  'core-switch': 1,
  'mgmt-switch': 1,
  server: 2,
  other: 2,
};

let elk: ElkApi | undefined;

/**
 * Positions for every device from ELK's layered layout (the elkjs library), with the rows the
 * domain expects. Sizes are what the canvas measured; cables guide the order within a row.
 */
export async function autoLayout(
  design: Design,
  sizes: ReadonlyMap<string, { width: number; height: number }>,
): Promise<Record<string, { x: number; y: number }>> {
  // ELK is large (1.4 MB): it loads the first time the user asks for a layout.
  if (!elk) {
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    elk = new ELK();
  }
  const row = new Map(design.devices.map((d) => [d.id, ROW[d.role]]));
  const seen = new Set<string>();
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.partitioning.activate': 'true',
      // One graph, not packed components: unconnected devices still belong in their row.
      'elk.separateConnectedComponents': 'false',
      'elk.spacing.nodeNode': '60',
      'elk.layered.spacing.nodeNodeBetweenLayers': '140',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      // Keep each row in name order (fw-01 before fw-02, pve-01 first) where crossings allow.
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: [...design.devices]
      .sort(
        (a, b) =>
          ROW[a.role] - ROW[b.role] ||
          a.hostname.localeCompare(b.hostname, undefined, { numeric: true }),
      )
      .map((d) => {
        const size = sizes.get(d.id) ?? { width: 220, height: 90 };
        return {
          id: d.id,
          width: size.width,
          height: size.height,
          layoutOptions: { 'elk.partitioning.partition': String(ROW[d.role]) },
        };
      }),
    // One edge per device pair pulls neighbours together; edges within a row (HA links, the
    // MLAG peer link) are left out, or ELK would stack the pair in two layers.
    edges: design.cables.flatMap((c) => {
      const key = [c.a.device, c.b.device].sort().join('|');
      const a = row.get(c.a.device);
      const b = row.get(c.b.device);
      if (a === undefined || b === undefined || a === b || seen.has(key)) return [];
      seen.add(key);
      // Edges point down the rows, the way the layout flows.
      const [from, to] = a < b ? [c.a.device, c.b.device] : [c.b.device, c.a.device];
      return [{ id: c.id, sources: [from], targets: [to] }];
    }),
  };
  const laid = await elk.layout(graph);
  const positions: Record<string, { x: number; y: number }> = {};
  for (const child of laid.children ?? []) {
    positions[child.id] = {
      x: Math.round((child.x ?? 0) / 10) * 10,
      y: Math.round((child.y ?? 0) / 10) * 10,
    };
  }
  return positions;
}
