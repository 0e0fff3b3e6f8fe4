import { NODE_NETWORK_ROLES, clusterNodes } from './clusters';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const hostAddressMissing: Rule = {
  id: 'host.address-missing',
  severity: 'error',
  title: 'Node without an address on its network',
  why: 'A node that rides on the management, corosync, Ceph or migration network needs an address there; the cluster IP in particular cannot be changed once the cluster is created.',
  hint: 'Give the node an address inside the network’s CIDR.',
  source:
    'Proxmox VE Administration Guide, "Migration Network" (each node has exactly one IP in the network), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_migration_network; Ceph documentation, "Network Configuration Reference" (every Ceph host has an address on the public network, OSD hosts on the cluster network), https://docs.ceph.com/en/latest/rados/configuration/network-config-ref/',
  check({ topo }) {
    const out: RawFinding[] = [];
    for (const { nodes } of clusterNodes(topo)) {
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        const attachments = topo.attachmentsOf(node);
        for (let j = 0; j < attachments.length; j++) {
          const { network, attachment } = attachments[j]!;
          if (!NODE_NETWORK_ROLES.has(network.role) || network.cidr === undefined) continue;
          if (attachment.address) continue;
          out.push({
            message: `${topo.name(node)} rides on ${network.name} (${network.cidr}) without an address`,
            targets: [t.device(node), t.network(network)],
          });
        }
      }
    }
    return out;
  },
};
