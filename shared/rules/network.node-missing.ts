import type { Network } from '../model';
import type { ResolvedAttachment } from '../topology';
import { NODE_NETWORK_ROLES, clusterNodes } from './clusters';
import type { RawFinding, Rule } from './rule';
import { list, t } from './targets';

/** The networks where "0 errors" must mean the design is complete: corosync has rules of its own. */
const COMPLETENESS_ROLES = new Set([...NODE_NETWORK_ROLES].filter((r) => r !== 'corosync'));

/** Where a node's first attachment to this network is, or -1. */
function firstOn(attachments: readonly ResolvedAttachment[], network: Network): number {
  for (let i = 0; i < attachments.length; i++) if (attachments[i]!.network === network) return i;
  return -1;
}

export const networkNodeMissing: Rule = {
  id: 'network.node-missing',
  severity: 'warning',
  title: 'Node missing a network its cluster has',
  why: 'Every node of a cluster needs the same management, Ceph and migration networks: a node without one cannot be managed, hold Ceph daemons or receive migrations like its peers. An unfinished node must not look finished.',
  hint: 'Attach the node to the network, or remove the network from the other nodes if it is not meant for this cluster.',
  source:
    'Proxmox VE Administration Guide, Ceph "Public Network" and "Cluster Network" (one configuration for the whole cluster), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_wizard_networks, and "Migration Network" (each node has an IP in it), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_migration_network',
  check({ topo }) {
    const out: RawFinding[] = [];
    for (const { cluster, nodes } of clusterNodes(topo)) {
      // How many nodes have each network; only a network some nodes lack needs a closer look.
      const nodesOn = new Map<Network, number>();
      for (let i = 0; i < nodes.length; i++) {
        const attachments = topo.attachmentsOf(nodes[i]!);
        for (let j = 0; j < attachments.length; j++) {
          const network = attachments[j]!.network;
          // Count a node once per network, even when it attaches twice.
          if (!COMPLETENESS_ROLES.has(network.role) || firstOn(attachments, network) !== j)
            continue;
          nodesOn.set(network, (nodesOn.get(network) ?? 0) + 1);
        }
      }
      const partial = [...nodesOn].filter(([, count]) => count < nodes.length).map(([n]) => n);
      if (partial.length === 0) continue;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        const attachments = topo.attachmentsOf(node);
        const missing = partial.filter((n) => firstOn(attachments, n) < 0);
        if (missing.length === 0) continue;
        out.push({
          message: `${topo.name(node)} lacks ${list(missing.map((n) => n.name))}, which other nodes of cluster ${cluster.name} have`,
          targets: [t.device(node), ...missing.map(t.network)],
        });
      }
    }
    return out;
  },
};
