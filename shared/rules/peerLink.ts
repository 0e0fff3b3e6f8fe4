import type { Cable, MlagPair } from '../model';
import type { Topology } from './topology';

/** Cables between the two switches of a pair whose both ends are members of its peer-link LAG. */
export function peerLinkCables(pair: MlagPair, topo: Topology): Cable[] {
  const lag = pair.peerLinkLag === undefined ? undefined : topo.lag(pair.peerLinkLag);
  if (!lag) return [];
  const [s1, s2] = pair.switches;
  const members = topo.membersOf(lag);
  const out: Cable[] = [];
  for (const member of members) {
    if (member.device.id !== s1) continue;
    for (const { cable, a, b } of topo.linksOn(member)) {
      const other = a === member ? b : a;
      if (other.device.id === s2 && members.includes(other) && !out.includes(cable))
        out.push(cable);
    }
  }
  return out;
}
