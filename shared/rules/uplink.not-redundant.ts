import type { RawFinding, Rule } from './rule';
import { t } from './targets';
import type { PortIndex, Topology } from '../topology';
import { isHost } from '../topology';
import { SERVICE_TRAFFIC } from './traffic';

const reachesCore = (topo: Topology, port: PortIndex) => {
  const peer = topo.peerOf(port);
  return peer !== undefined && topo.deviceOf(peer).role === 'core-switch';
};

export const uplinkNotRedundant: Rule = {
  id: 'uplink.not-redundant',
  severity: 'error',
  title: 'Single service uplink to the core',
  why: 'With one cable to the core, a failed optic, cable or switch port cuts the host off; at least 2 links in one bond, one to each core switch.',
  hint: 'Add a second service link to the other core switch and bond them.',
  source:
    'Proxmox VE Administration Guide, "Recommended System Requirements" (redundant multi-gigabit NICs), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#install_recommended_requirements, and "Linux Bond", https://pve.proxmox.com/pve-docs/pve-admin-guide.html#sysadmin_network_bond',
  check({ topo }) {
    const out: RawFinding[] = [];
    for (let i = 0; i < topo.design.devices.length; i++) {
      const host = topo.design.devices[i]!;
      if (!isHost(host)) continue;
      // Each interface (a port or a bond) carrying VM, Ceph or migration networks, with its
      // cabled members that reach a core switch; unrelated ports do not count.
      const attachments = topo.attachmentsOf(host);
      const ports = topo.cabledPorts(host);
      let only: PortIndex | undefined;
      for (let j = 0; j < attachments.length && only === undefined; j++) {
        const r = attachments[j]!;
        if (!SERVICE_TRAFFIC.has(r.network.role)) continue;
        let legs = 0;
        let leg: PortIndex | undefined;
        for (let k = 0; k < ports.length; k++) {
          if (!r.ridesOn(ports[k]!) || !reachesCore(topo, ports[k]!)) continue;
          legs++;
          leg = ports[k];
        }
        if (legs === 1) only = leg;
      }
      if (only === undefined) continue;
      const core = topo.peerOf(only)!;
      out.push({
        message: `${topo.name(host)} reaches the core with its VM/Ceph networks over one link (${topo.portOf(only).name} to ${topo.portLabel(core)})`,
        targets: [t.device(host), t.port(topo, only), t.cable(topo.linkOf(only)!.cable)],
      });
    }
    return out;
  },
};
