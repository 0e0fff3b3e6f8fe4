import type { Rule } from './rule';
import { t } from './targets';

export const clusterTooManyNodes: Rule = {
  id: 'cluster.too-many-nodes',
  severity: 'warning',
  title: 'Cluster with more than 32 nodes',
  why: 'About 32 nodes is a practical ceiling for one corosync cluster; beyond it, membership changes get slow and fragile.',
  hint: 'Split the nodes into several clusters.',
  source: 'Domain brief §5 (~32 nodes is a practical sizing ceiling)',
  check({ design, thresholds }) {
    return design.clusters
      .filter((c) => c.nodes.length > thresholds.clusterMaxNodes)
      .map((c) => ({
        message: `cluster ${c.name} has ${c.nodes.length} nodes (more than ${thresholds.clusterMaxNodes})`,
        targets: [t.cluster(c)],
      }));
  },
};
