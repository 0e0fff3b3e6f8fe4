import type { Rule } from './rule';
import { t } from './targets';

export const mgmtOnlyViaBond: Rule = {
  id: 'mgmt.only-via-bond',
  severity: 'warning',
  title: 'Management only over the service bond',
  why: 'If a change to the bond or bridge goes wrong, a node reachable only through it is lost; a separate management interface keeps it reachable.',
  hint: 'Put the management network on a dedicated port as well.',
  source:
    'Proxmox VE Administration Guide, "Network Configuration", Apply Network Changes (a wrong network configuration may render a node inaccessible), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#sysadmin_network_configuration',
  check({ design, topo }) {
    const out = [];
    for (let i = 0; i < design.devices.length; i++) {
      const device = design.devices[i]!;
      if (device.role !== 'server') continue;
      const management = topo.attachmentsOf(device).filter((r) => r.network.role === 'management');
      // A management attachment on a port of its own is the way out when the bond fails.
      if (management.length === 0 || management.some((r) => r.attachment.port !== undefined))
        continue;
      const network = management[0]!.network;
      out.push({
        message: `${topo.name(device)} reaches ${network.name} only over its bond`,
        targets: [t.device(device), t.network(network)],
      });
    }
    return out;
  },
};
