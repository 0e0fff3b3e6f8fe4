import type { RawFinding, Rule } from './rule';
import { t } from './targets';
import { isHost } from '../topology';

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
      // Cabled service ports landing on a core switch.
      const uplinks = topo
        .cabledPorts(host)
        .filter(
          (port) =>
            topo.portOf(port).role === 'service' &&
            topo.deviceOf(topo.peerOf(port)!).role === 'core-switch',
        );
      if (uplinks.length !== 1) continue;
      const only = uplinks[0]!;
      const core = topo.peerOf(only)!;
      out.push({
        message: `${topo.name(host)} has one service link to the core (${topo.portOf(only).name} to ${topo.portLabel(core)})`,
        targets: [t.device(host), t.port(topo, only), t.cable(topo.linkOf(only)!.cable)],
      });
    }
    return out;
  },
};
