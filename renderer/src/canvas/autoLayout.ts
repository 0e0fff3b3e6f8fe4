import { layoutRows } from '../../../shared/edit';
import type { Design } from '../../../shared/model';

/**
 * Positions for every device, in the rows the domain expects (shared/edit layoutRows): firewalls,
 * core pair, servers wrapped into balanced rows, management switches beside what they serve.
 * Sizes are what the canvas measured. Async so a heavier layout could move off the main thread
 * without changing callers.
 */
export function autoLayout(
  design: Design,
  sizes: ReadonlyMap<string, { width: number; height: number }>,
): Promise<Record<string, { x: number; y: number }>> {
  const items = design.devices.map((d) => {
    const size = sizes.get(d.id) ?? { width: 220, height: 90 };
    return { id: d.id, role: d.role, hostname: d.hostname, ...size };
  });
  const positions: Record<string, { x: number; y: number }> = {};
  for (const [id, p] of layoutRows(items, design.cables)) {
    positions[id] = { x: Math.round(p.x / 10) * 10, y: Math.round(p.y / 10) * 10 };
  }
  return Promise.resolve(positions);
}
