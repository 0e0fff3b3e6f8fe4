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
  source: 'Domain brief §2 (storage network: live migration can saturate links)',
  check({ design, topo }) {
    const out = [];
    for (let i = 0; i < design.clusters.length; i++) {
      const c = design.clusters[i]!;
      let has = false;
      for (let j = 0; j < c.nodes.length && !has; j++) {
        const info = topo.deviceInfo(c.nodes[j]!);
        if (!info) continue;
        for (let k = 0; k < info.attachmentCount && !has; k++)
          has = isMigration(info.attachmentAt(k));
      }
      if (!has)
        out.push({
          message: `cluster ${c.name} has no network with role migration`,
          targets: [t.cluster(c)],
        });
    }
    return out;
  },
};
