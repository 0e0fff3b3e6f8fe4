import type { ResolvedAttachment } from '../topology';
import type { Rule } from './rule';
import { t } from './targets';

const isMigration = (r: ResolvedAttachment) => r.network.role === 'migration';

export const migrationOnClusterNetwork: Rule = {
  id: 'migration.on-cluster-network',
  severity: 'info',
  title: 'No migration network',
  why: 'Without a migration network, live migration runs over the cluster network and can saturate it, starving corosync.',
  hint: 'Add a network with role migration and set it as the cluster’s migration network.',
  source:
    'Proxmox VE Administration Guide, "Migration Network" (by default migration uses the cluster network, which can disrupt cluster traffic), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_migration_network',
  check({ design, topo }) {
    const out = [];
    for (const cluster of design.clusters) {
      const hasMigration = cluster.nodes.some((id) => {
        const node = topo.device(id);
        return node !== undefined && topo.attachmentsOf(node).some(isMigration);
      });
      if (!hasMigration)
        out.push({
          message: `cluster ${cluster.name} has no network with role migration`,
          targets: [t.cluster(cluster)],
        });
    }
    return out;
  },
};
