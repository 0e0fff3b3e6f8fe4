import type { Cable, Cluster, Device, Lag, Network } from '../model';
import { portKey } from '../model/ids';
import { cableName } from '../model/names';
import type { Target } from './finding';
import type { PortIndex, Topology } from '../topology';

/** Finding targets, so the UI can highlight what a finding is about. */
export const t = {
  device: (d: Device): Target => ({ kind: 'device', id: d.id }),
  port: (topo: Topology, p: PortIndex): Target => ({
    kind: 'port',
    id: portKey({ device: topo.deviceOf(p).id, port: topo.portOf(p).name }),
  }),
  cable: (c: Cable): Target => ({ kind: 'cable', id: c.id }),
  lag: (l: Lag): Target => ({ kind: 'lag', id: l.id }),
  network: (n: Network): Target => ({ kind: 'network', id: n.id }),
  cluster: (c: Cluster): Target => ({ kind: 'cluster', id: c.id }),
  mlagPair: (id: string): Target => ({ kind: 'mlagPair', id }),
  haPair: (id: string): Target => ({ kind: 'haPair', id }),
};

/** "a, b and c" */
export function list(items: string[], max = 6): string {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  const head = more > 0 ? [...shown, `${more} more`] : shown;
  return head.length <= 1
    ? (head[0] ?? '')
    : `${head.slice(0, -1).join(', ')} and ${head[head.length - 1]}`;
}

/** A cable as messages name it: its label, else "hostA:port ↔ hostB:port" (never its id). */
export const cableNameIn = (topo: Topology, cable: Cable): string =>
  cableName(cable, (id) => topo.device(id)?.hostname);
