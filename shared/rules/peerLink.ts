import type { Cable, MlagPair } from '../model';
import type { Topology } from './topology';

/** Cables between the two switches of a pair whose both ends are members of its peer-link LAG. */
export function peerLinkCables(pair: MlagPair, topo: Topology): Cable[] {
  const lag =
    pair.peerLinkLag === undefined ? undefined : topo.lagOf(pair.switches[0], pair.peerLinkLag);
  if (!lag) return [];
  const [s1, s2] = pair.switches;
  const members = topo.membersOf(lag);
  const out: Cable[] = [];
  for (let i = 0; i < members.length; i++) {
    const member = members[i]!;
    if (member.device.id !== s1) continue;
    // linksOn builds a list; a port not double-booked has just its one link.
    const links = topo.isDoubleBooked(member) ? topo.linksOn(member) : [member.link];
    for (let j = 0; j < links.length; j++) {
      const link = links[j]!;
      if (!link) continue;
      const { cable, a, b } = link;
      const other = a === member ? b : a;
      if (other.device.id === s2 && members.includes(other) && !out.includes(cable))
        out.push(cable);
    }
  }
  return out;
}
