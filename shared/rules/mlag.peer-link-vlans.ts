import { addConfiguredVlans, configuredVlanIds } from '../topology';
import { peerLinkLag } from './peerLink';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const mlagPeerLinkVlans: Rule = {
  id: 'mlag.peer-link-vlans',
  severity: 'error',
  title: 'Peer link does not carry every VLAN of the pair’s MLAG LAGs',
  why: 'When one leg of an MLAG bond fails, traffic for that bond crosses the peer link: a VLAN the peer link does not carry is black-holed exactly then.',
  hint: 'Allow every VLAN of the pair’s MLAG LAGs on the peer link (or allow all).',
  source:
    'NVIDIA Cumulus Linux User Guide, "Multi-Chassis Link Aggregation - MLAG", Basic Configuration (add every VLAN of the MLAG bonds so traffic can cross the peer link when an MLAG bond fails), https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-2/Multi-Chassis-Link-Aggregation-MLAG/#basic-configuration',
  check({ design, topo }) {
    const out: RawFinding[] = [];
    // The VLANs each pair's MLAG LAGs carry, found in one pass over the LAGs.
    const carriedByPair = new Map<string, Set<number>>();
    for (let i = 0; i < design.lags.length; i++) {
      const lag = design.lags[i]!;
      if (lag.mlagPair === undefined || !lag.config) continue;
      let vlans = carriedByPair.get(lag.mlagPair);
      if (!vlans) carriedByPair.set(lag.mlagPair, (vlans = new Set()));
      addConfiguredVlans(lag.config, topo.designVlans, vlans);
    }
    for (const pair of design.mlagPairs) {
      const peer = peerLinkLag(pair, topo);
      if (!peer) continue; // mlag.peer-link-missing's
      const onPeerLink = configuredVlanIds(peer.config, topo.designVlans);
      const missing = [...(carriedByPair.get(pair.id) ?? [])]
        .filter((vlan) => !onPeerLink.has(vlan))
        .sort((x, y) => x - y);
      if (missing.length === 0) continue;
      // A pair without a name goes by its switches' hostnames, never by its id.
      const pairName =
        pair.name ?? pair.switches.map((id) => topo.name(topo.device(id))).join(' / ');
      out.push({
        message: `peer link ${peer.name || peer.id} of MLAG pair ${pairName} does not carry VLAN${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of its MLAG LAGs`,
        targets: [t.mlagPair(pair.id), t.lag(peer)],
      });
    }
    return out;
  },
};
