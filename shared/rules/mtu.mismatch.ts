import type { Target } from './finding';
import type { Device, Network } from '../model';
import type { Rule } from './rule';
import type { PortInfo } from './topology';
import { t } from './targets';

export const mtuMismatch: Rule = {
  id: 'mtu.mismatch',
  severity: 'warning',
  title: 'MTU differs along a network',
  why: 'Hosts with different MTUs on one network, or a switch port below the network’s MTU, drop large frames: Ceph and migration stall in hard-to-trace ways.',
  hint: 'Use one MTU for all hosts on the network, and switch ports at or above it (9216 on switches with hosts at 9000 is fine).',
  source: 'Domain brief §6',
  check({ topo }) {
    const out: Array<{ message: string; targets: Target[] }> = [];
    // Per network, the hosts at each MTU; names are looked up only for a network that differs.
    const hostMtus = new Map<Network, Map<number, Set<Device>>>();
    for (const { device, attachment: a, network } of topo.attachments) {
      {
        let mtus = hostMtus.get(network);
        if (!mtus) hostMtus.set(network, (mtus = new Map()));
        const mtu = a.mtu ?? network.mtu;
        const hosts = mtus.get(mtu);
        if (hosts) hosts.add(device);
        else mtus.set(mtu, new Set([device]));
      }
    }
    for (const [network, mtus] of hostMtus) {
      if (mtus.size < 2) continue;
      const detail = [...mtus]
        .sort(([a], [b]) => a - b)
        .map(([mtu, hosts]) => `${mtu} on ${[...hosts].map((d) => topo.name(d)).join(', ')}`)
        .join('; ');
      out.push({
        message: `hosts on ${network.name} use different MTUs (${detail})`,
        targets: [t.network(network)],
      });
    }
    const seen = new Map<PortInfo, Set<Network>>();
    topo.eachLanding((_attachment, network, _hostPort, switchPort) => {
      const mtu = topo.effectiveConfig(switchPort)?.mtu;
      if (mtu === undefined || mtu >= network.mtu) return;
      const nets = seen.get(switchPort) ?? new Set<Network>();
      if (nets.has(network)) return;
      seen.set(switchPort, nets.add(network));
      out.push({
        message: `${topo.portLabel(switchPort)} has MTU ${mtu}, below ${network.name}’s ${network.mtu}`,
        targets: [t.port(switchPort), t.network(network)],
      });
    });
    return out;
  },
};
