import type { Network } from '../model';
import { NODE_NETWORK_ROLES, clusterNodes } from './clusters';
import type { RawFinding, Rule } from './rule';
import { list, t } from './targets';

/** The networks where "0 errors" must mean the design is complete: corosync has rules of its own. */
const COMPLETENESS_ROLES = new Set([...NODE_NETWORK_ROLES].filter((r) => r !== 'corosync'));

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
      const networksOf = new Map(
        nodes.map((node) => [node, new Set(topo.attachmentsOf(node).map((r) => r.network))]),
      );
      const clusterNetworks = new Set<Network>();
      for (const networks of networksOf.values())
        for (const n of networks) if (COMPLETENESS_ROLES.has(n.role)) clusterNetworks.add(n);
      for (const node of nodes) {
        const missing = [...clusterNetworks].filter((n) => !networksOf.get(node)!.has(n));
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
