import { peerLinkLag, peerLinks } from './peerLink';
import type { Rule } from './rule';
import { t } from './targets';

export const mlagPeerLinkMissing: Rule = {
  id: 'mlag.peer-link-missing',
  severity: 'error',
  title: 'MLAG pair without a peer link',
  why: 'The two switches of an MLAG pair synchronise state over the peer link; without it the pair cannot form and every split bond fails.',
  hint: 'Create a peer-link LAG and cable at least two of its members between the two switches.',
  source:
    'NVIDIA Cumulus Linux User Guide, "Multi-Chassis Link Aggregation - MLAG", Requirements (the two peer switches must be directly connected, typically by a bond), https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-2/Multi-Chassis-Link-Aggregation-MLAG/#requirements',
  check({ design, topo }) {
    const out = [];
    for (const pair of design.mlagPairs) {
      const [a, b] = pair.switches.map((id) => topo.name(topo.device(id)));
      const lag = peerLinkLag(pair, topo);
      if (!lag) {
        out.push({
          message: `MLAG pair ${a} / ${b} has no peer-link LAG`,
          targets: [
            t.mlagPair(pair.id),
            ...pair.switches.map((id) => ({ kind: 'device' as const, id })),
          ],
        });
      } else if (peerLinks(pair, topo).length === 0) {
        out.push({
          message: `peer link ${lag.name || lag.id} of ${a} / ${b} has no cabled member between the two switches`,
          targets: [t.mlagPair(pair.id), t.lag(lag)],
        });
      }
    }
    return out;
  },
};
