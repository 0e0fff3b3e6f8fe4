import type { Lag, MlagPair } from '../model';
import type { CableInfo, Topology } from '../topology';

/**
 * The pair's peer link: cables between its two switches whose both ends are members of its
 * peer-link LAG. Three rules ask for every pair, so each pair's list is computed once per
 * validation.
 */
export function peerLinks(pair: MlagPair, topo: Topology): readonly CableInfo[] {
  const byPair = topo.memo('peerLinks', () => new Map<MlagPair, CableInfo[]>());
  let links = byPair.get(pair);
  if (!links) byPair.set(pair, (links = findPeerLinks(pair, topo)));
  return links;
}

/** The pair's peer-link LAG, found among the first switch's own LAGs. */
export function peerLinkLag(pair: MlagPair, topo: Topology): Lag | undefined {
  const first = topo.device(pair.switches[0]);
  if (pair.peerLinkLag === undefined || !first) return undefined;
  const lags = topo.lagsOf(first);
  for (let i = 0; i < lags.length; i++) if (lags[i]!.id === pair.peerLinkLag) return lags[i];
  return undefined;
}

function findPeerLinks(pair: MlagPair, topo: Topology): CableInfo[] {
  const lag = peerLinkLag(pair, topo);
  if (!lag) return [];
  const [first, second] = pair.switches.map((id) => topo.device(id));
  const out: CableInfo[] = [];
  const members = topo.membersOf(lag);
  for (let i = 0; i < members.length; i++) {
    const member = members[i]!;
    if (topo.deviceOf(member) !== first) continue;
    const links = topo.linksOn(member);
    for (let j = 0; j < links.length; j++) {
      const link = links[j]!;
      const other = link.otherEnd(member);
      if (topo.deviceOf(other) === second && topo.isMember(other, lag) && !out.includes(link))
        out.push(link);
    }
  }
  return out;
}
