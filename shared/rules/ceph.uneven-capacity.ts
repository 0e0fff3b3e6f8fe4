import { cephClusters } from './ceph';
import { osdDisks } from './cephSizing';
import type { Rule } from './rule';
import { t } from './targets';

export const cephUnevenCapacity: Rule = {
  id: 'ceph.uneven-capacity',
  severity: 'warning',
  title: 'Uneven OSD capacity across nodes',
  why: 'Ceph spreads data by capacity: a node with much more fills unevenly, and losing it moves a large share of the data.',
  hint: 'Give every node the same OSD capacity (equal disks, evenly spread).',
  source: 'Domain brief §2 (same capacity on every server), §4',
  check({ topo, thresholds }) {
    const out = [];
    for (const { cluster, nodes } of cephClusters(topo)) {
      const caps = nodes
        .map((n) => ({ node: n, gb: osdDisks(n).reduce((s, d) => s + d.capacityGB, 0) }))
        .filter((c) => c.gb > 0);
      if (caps.length < 2) continue;
      const max = Math.max(...caps.map((c) => c.gb));
      const min = Math.min(...caps.map((c) => c.gb));
      const spread = (max - min) / max;
      if (spread <= thresholds.cephUnevenCapacityMax) continue;
      out.push({
        message: `OSD capacity per node in ${cluster.name} ranges from ${min} GB to ${max} GB (${Math.round(spread * 100)}% apart)`,
        targets: [t.cluster(cluster), ...caps.map((c) => t.device(c.node))],
      });
    }
    return out;
  },
};
