import type { Target } from './finding';
import type { Device, Network } from '../model';
import type { PortIndex, Topology } from '../topology';
import { peerLinkLag } from './peerLink';
import type { Rule } from './rule';
import { t } from './targets';

/** Ethernet's standard payload: a port whose MTU is unknown surely passes this much. */
const STANDARD_MTU = 1500;

/** The MTU a switch port runs at: its own or its LAG's, else its model's default; null if unknown. */
function portMtu(topo: Topology, port: PortIndex): number | null {
  return topo.effectiveConfig(port)?.mtu ?? topo.deviceOf(port).limits.defaultMtu ?? null;
}

export const mtuMismatch: Rule = {
  id: 'mtu.mismatch',
  severity: 'warning',
  title: 'MTU differs along a network',
  why: 'Hosts with different MTUs on one network, or a switch port below the network’s MTU, drop large frames: Ceph and migration stall in hard-to-trace ways.',
  hint: 'Use one MTU for all hosts on the network, and switch ports at or above it (9216 on switches with hosts at 9000 is fine).',
  source:
    'NVIDIA Cumulus Linux User Guide, "MTU and MLAG" (set the MTU on every interface and bond of the bridged domain, peer link included), https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-2/Multi-Chassis-Link-Aggregation-MLAG/#mtu-and-mlag; "Switch Port Attributes", MTU (a bridge runs at its lowest member MTU), https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-1-and-Switch-Ports/Interface-Configuration-and-Management/Switch-Port-Attributes/#mtu',
  check({ topo }) {
    const out: Array<{ message: string; targets: Target[] }> = [];
    // Only a network with an attachment overriding its MTU can be mixed (usually none); per such
    // network, the first MTU seen. The per-host detail is gathered only for a network that differs.
    const overridden = new Set<Network>();
    for (let i = 0; i < topo.attachments.length; i++) {
      const { attachment, network } = topo.attachments[i]!;
      if (attachment.mtu !== undefined && attachment.mtu !== network.mtu) overridden.add(network);
    }
    const firstMtu = new Map<Network, number>();
    const mixed = new Set<Network>();
    for (let i = 0; overridden.size > 0 && i < topo.attachments.length; i++) {
      const { attachment, network } = topo.attachments[i]!;
      if (!overridden.has(network)) continue;
      const mtu = attachment.mtu ?? network.mtu;
      const first = firstMtu.get(network);
      if (first === undefined) firstMtu.set(network, mtu);
      else if (first !== mtu) mixed.add(network);
    }
    for (const network of mixed) {
      const hostsByMtu = new Map<number, Set<Device>>();
      for (let i = 0; i < topo.attachments.length; i++) {
        const r = topo.attachments[i]!;
        if (r.network !== network) continue;
        const mtu = r.attachment.mtu ?? network.mtu;
        hostsByMtu.set(mtu, (hostsByMtu.get(mtu) ?? new Set<Device>()).add(r.device));
      }
      const detail = [...hostsByMtu]
        .sort(([a], [b]) => a - b)
        .map(([mtu, hosts]) => `${mtu} on ${[...hosts].map((d) => topo.name(d)).join(', ')}`)
        .join('; ');
      out.push({
        message: `hosts on ${network.name} use different MTUs (${detail})`,
        targets: [t.network(network)],
      });
    }
    // A switch port below the MTU of a network crossing it (once per port and network). A port
    // with no MTU set runs at its model's default; when that is unknown too, only a network
    // above 1500 is doubtful.
    const seen = new Set<string>();
    const landings = topo.landings();
    for (let i = 0; i < landings.length; i++) {
      const { network, switchPort } = landings[i]!;
      const mtu = portMtu(topo, switchPort);
      if (mtu === null ? network.mtu <= STANDARD_MTU : mtu >= network.mtu) continue;
      const key = `${switchPort} ${network.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        message:
          mtu === null
            ? `${topo.portLabel(switchPort)} carries ${network.name} (MTU ${network.mtu}) with no MTU set, and the platform default is unknown`
            : `${topo.portLabel(switchPort)} has MTU ${mtu}, below ${network.name}’s ${network.mtu}`,
        targets: [t.port(topo, switchPort), t.network(network)],
      });
    }
    // The peer link carries every network of the pair's MLAG LAGs when one leg fails: the
    // largest MTU among the networks landing on each pair's MLAG LAGs, found in one pass.
    const largestOnPair = new Map<string, Network>();
    for (let i = 0; i < landings.length; i++) {
      const { network, switchPort } = landings[i]!;
      const pairId = topo.lagOfPort(switchPort)?.mlagPair;
      if (pairId === undefined) continue;
      const largest = largestOnPair.get(pairId);
      if (!largest || network.mtu > largest.mtu) largestOnPair.set(pairId, network);
    }
    for (const pair of topo.design.mlagPairs) {
      const peer = peerLinkLag(pair, topo);
      const members = peer ? topo.membersOf(peer) : [];
      const largest = largestOnPair.get(pair.id);
      if (!peer || members.length === 0 || !largest) continue;
      const mtu = portMtu(topo, members[0]!);
      if (mtu === null ? largest.mtu <= STANDARD_MTU : mtu >= largest.mtu) continue;
      out.push({
        message:
          mtu === null
            ? `peer link ${peer.name || peer.id} has no MTU set and its platform default is unknown, but carries ${largest.name} (MTU ${largest.mtu}) when a leg fails`
            : `peer link ${peer.name || peer.id} has MTU ${mtu}, below ${largest.name}’s ${largest.mtu}, which it carries when a leg fails`,
        targets: [t.lag(peer), t.network(largest)],
      });
    }
    return out;
  },
};
