import { cephClusters } from './ceph';
import type { Rule } from './rule';
import { hintWith } from './rule';
import { t } from './targets';

export const cephTooFewNodes: Rule = {
  id: 'ceph.too-few-nodes',
  severity: 'error',
  title: 'Ceph on fewer than 3 nodes',
  why: 'With 3 replicas spread over hosts, Ceph needs at least 3 nodes to place them and to keep writing when one is down.',
  ...hintWith((t) => `Run Ceph on at least ${t.cephMinNodes} nodes.`),
  source:
    'Proxmox VE Administration Guide, "Recommendations for a Healthy Ceph Cluster" (at least three, preferably identical, servers), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#_recommendations_for_a_healthy_ceph_cluster',
  check({ topo, thresholds }) {
    return cephClusters(topo)
      .filter(({ cluster }) => cluster.nodes.length < thresholds.cephMinNodes)
      .map(({ cluster }) => ({
        message: `Ceph cluster ${cluster.name} has ${cluster.nodes.length} node${cluster.nodes.length === 1 ? '' : 's'}`,
        targets: [t.cluster(cluster)],
      }));
  },
};
