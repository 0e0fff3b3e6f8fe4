import type { Cable, MlagPair } from '../model';
import type { Topology } from './topology';

/** Cables between the two switches of a pair whose both ends are members of its peer-link LAG. */
export function peerLinkCables(pair: MlagPair, topo: Topology): Cable[] {
  const lag = pair.peerLinkLag === undefined ? undefined : topo.lags.get(pair.peerLinkLag);
  if (!lag) return [];
  const [s1, s2] = pair.switches;
  const members = new Set(lag.members.map((m) => topo.portRef(m)));
  const out: Cable[] = [];
  for (const m of lag.members) {
    const member = m.device === s1 ? topo.portRef(m) : undefined;
    if (!member) continue;
    for (const cable of topo.cablesOn(member)) {
      const ends = topo.ends(cable);
      if (!ends) continue;
      const other = ends[0] === member ? ends[1] : ends[0];
      if (other.device.id === s2 && members.has(other) && !out.includes(cable)) out.push(cable);
    }
  }
  return out;
}
