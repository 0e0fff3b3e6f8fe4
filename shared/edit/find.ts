import type { Design, Device } from '../model';
import { compareNatural } from '../model/names';

/**
 * Placed devices whose hostname contains the query (case-insensitive), those starting with it
 * first, each group in natural order (pve-2 before pve-10). An empty query finds nothing.
 */
export function findDevices(design: Design, query: string, limit = 50): Device[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const starts: Device[] = [];
  const contains: Device[] = [];
  for (const d of design.devices) {
    const name = d.hostname.toLowerCase();
    if (name.startsWith(q)) starts.push(d);
    else if (name.includes(q)) contains.push(d);
  }
  const byName = (a: Device, b: Device) => compareNatural(a.hostname, b.hostname);
  return [...starts.sort(byName), ...contains.sort(byName)].slice(0, limit);
}
