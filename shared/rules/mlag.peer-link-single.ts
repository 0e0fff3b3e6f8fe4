import { peerLinks } from './peerLink';
import type { Rule } from './rule';
import { cableNameIn, t } from './targets';

export const mlagPeerLinkSingle: Rule = {
  id: 'mlag.peer-link-single',
  severity: 'warning',
  title: 'MLAG peer link with a single cable',
  why: 'If the only peer-link cable fails, the pair splits (split brain); the peer link should be redundant.',
  hint: 'Cable a second member of the peer-link LAG.',
  source:
    'NVIDIA Cumulus Linux User Guide, "Multi-Chassis Link Aggregation - MLAG", Peer Link Sizing (extra links in the peer link bond cover a failed member), https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-2/Multi-Chassis-Link-Aggregation-MLAG/#peer-link-sizing',
  check({ design, topo }) {
    const out = [];
    for (const pair of design.mlagPairs) {
      const links = peerLinks(pair, topo);
      if (links.length !== 1) continue;
      const { cable } = links[0]!;
      const [a, b] = pair.switches.map((id) => topo.name(topo.device(id)));
      out.push({
        message: `the peer link of ${a} / ${b} has exactly one cable (${cableNameIn(topo, cable)})`,
        targets: [t.mlagPair(pair.id), t.cable(cable)],
      });
    }
    return out;
  },
};
