import { peerLinks } from './peerLink';
import type { Rule } from './rule';
import { t } from './targets';

export const mlagPeerLinkSlow: Rule = {
  id: 'mlag.peer-link-slow',
  severity: 'info',
  title: 'MLAG peer link below 40 Gbps',
  why: 'When a leg of a split bond fails, its traffic crosses the peer link; about 40 Gbps keeps that from becoming the bottleneck.',
  hint: 'Add peer-link members or use faster ports (QSFP+/QSFP28).',
  source:
    'ClusterWire heuristic: about 40 Gbps keeps the peer link from throttling traffic when a split bond loses a leg; NVIDIA Cumulus Linux, "Peer Link Sizing", sizes it at half the single-connected bandwidth instead, https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-2/Multi-Chassis-Link-Aggregation-MLAG/#peer-link-sizing',
  check({ design, topo, thresholds }) {
    const out = [];
    for (const pair of design.mlagPairs) {
      const links = peerLinks(pair, topo);
      if (links.length === 0) continue;
      let gbps = 0;
      for (const link of links) gbps += link.speed ?? 0;
      if (gbps >= thresholds.peerLinkMinGbps) continue;
      const [a, b] = pair.switches.map((id) => topo.name(topo.device(id)));
      out.push({
        message: `the peer link of ${a} / ${b} carries ${gbps} Gbps (below ${thresholds.peerLinkMinGbps})`,
        targets: [t.mlagPair(pair.id), ...links.map((link) => t.cable(link.cable))],
      });
    }
    return out;
  },
};
