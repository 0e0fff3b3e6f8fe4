import type { Rule } from './rule';
import { t } from './targets';

export const clusterTooManyNodes: Rule = {
  id: 'cluster.too-many-nodes',
  severity: 'warning',
  title: 'Cluster with more than 32 nodes',
  why: 'About 32 nodes is a practical ceiling for one corosync cluster; beyond it, membership changes get slow and fragile.',
  hint: 'Split the nodes into several clusters.',
  source:
    'ClusterWire heuristic: about 32 nodes as a sizing ceiling for one corosync cluster; the Proxmox VE Administration Guide, "Cluster Manager", sets no explicit node limit, https://pve.proxmox.com/pve-docs/pve-admin-guide.html#chapter_pvecm',
  check({ design, thresholds }) {
    return design.clusters
      .filter((c) => c.nodes.length > thresholds.clusterMaxNodes)
      .map((c) => ({
        message: `cluster ${c.name} has ${c.nodes.length} nodes (more than ${thresholds.clusterMaxNodes})`,
        targets: [t.cluster(c)],
      }));
  },
};
