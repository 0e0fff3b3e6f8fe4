import type { Network } from '../model';
import type { ResolvedAttachment } from '../topology';
import type { Rule } from './rule';
import { SERVICE_TRAFFIC } from './traffic';
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
      const attachments = topo.attachmentsOf(device);
      // Fine when one management attachment has a port or a bond of its own: a bond carrying
      // no VM or Ceph network is a dedicated management bond.
      let network: Network | undefined;
      let ownPath = false;
      for (let k = 0; k < attachments.length; k++) {
        const r = attachments[k]!;
        if (r.network.role !== 'management') continue;
        network ??= r.network;
        if (!sharesServiceBond(r, attachments)) ownPath = true;
      }
      if (!network || ownPath) continue;
      out.push({
        message: `${topo.name(device)} reaches ${network.name} only over the bond that also carries its VM or Ceph networks`,
        targets: [t.device(device), t.network(network)],
      });
    }
    return out;
  },
};

/** It rides on a bond that also carries a VM or Ceph network of the same host. */
function sharesServiceBond(r: ResolvedAttachment, attachments: readonly ResolvedAttachment[]) {
  if (r.lag === undefined) return false;
  for (let k = 0; k < attachments.length; k++) {
    const other = attachments[k]!;
    if (other.lag === r.lag && SERVICE_TRAFFIC.has(other.network.role)) return true;
  }
  return false;
}
