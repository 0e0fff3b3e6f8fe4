import type { Cable, MlagPair } from '../model';
import type { CableInfo, PortIndex, Topology } from '../topology';

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
  const l =
    pair.peerLinkLag === undefined ? -1 : topo.lagPositionOn(pair.switches[0], pair.peerLinkLag);
  if (l < 0) return [];
  const [s1, s2] = pair.switches;
  const out: Cable[] = [];
  const consider = (member: PortIndex, link: CableInfo) => {
    const other = link.otherEnd(member);
    if (topo.deviceOf(other).id === s2 && topo.isMemberOf(other, l) && !out.includes(link.cable))
      out.push(link.cable);
  };
  for (let i = 0; i < topo.memberCount(l); i++) {
    const member = topo.memberAt(l, i);
    const link = topo.linkOf(member);
    if (topo.deviceOf(member).id !== s1 || !link) continue;
    consider(member, link);
    for (const more of topo.moreLinksOn(member)) consider(member, more);
  }
  return out;
}
