import type { Cable, MlagPair } from '../model';
import type { CableInfo, PortInfo, Topology } from './topology';

/**
 * Cables between the two switches of a pair whose both ends are members of its peer-link LAG.
 * Three rules ask for every pair, so each pair's list is computed once per validation.
 */
export function peerLinkCables(pair: MlagPair, topo: Topology): readonly Cable[] {
  const byPair = topo.memo('peerLinkCables', () => new Map<MlagPair, Cable[]>());
  let cables = byPair.get(pair);
  if (!cables) byPair.set(pair, (cables = findPeerLinkCables(pair, topo)));
  return cables;
}

function findPeerLinkCables(pair: MlagPair, topo: Topology): Cable[] {
  const lag =
    pair.peerLinkLag === undefined ? undefined : topo.lagOf(pair.switches[0], pair.peerLinkLag);
  if (!lag) return [];
  const [s1, s2] = pair.switches;
  const members = topo.membersOf(lag);
  const out: Cable[] = [];
  const consider = (member: PortInfo, link: CableInfo) => {
    const other = link.a === member ? link.b : link.a;
    if (other.device.id === s2 && members.includes(other) && !out.includes(link.cable))
      out.push(link.cable);
  };
  for (let i = 0; i < members.length; i++) {
    const member = members[i]!;
    if (member.device.id !== s1 || !member.link) continue;
    consider(member, member.link);
    for (const link of topo.moreLinksOn(member)) consider(member, link);
  }
  return out;
}
