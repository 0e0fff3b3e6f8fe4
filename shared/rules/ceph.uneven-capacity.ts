import type { Device } from '../model';
import { cephClusters } from './ceph';
import { osdDisks } from './cephSizing';
import type { Rule } from './rule';
import { t } from './targets';

const osdCapacityGB = (node: Device) => {
  let gb = 0;
  for (const d of osdDisks(node)) gb += d.capacityGB;
  return gb;
};

export const cephUnevenCapacity: Rule = {
  id: 'ceph.uneven-capacity',
  severity: 'warning',
  title: 'Uneven OSD capacity across nodes',
  why: 'Ceph spreads data by capacity: a node with much more fills unevenly, and losing it moves a large share of the data.',
  hint: 'Give every node the same OSD capacity (equal disks, evenly spread).',
  source:
    'Proxmox VE Administration Guide, Ceph "Disks" (evenly sized and evenly distributed disks per node), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_recommendation_disk; the 10% tolerance is a ClusterWire heuristic',
  check({ topo, thresholds }) {
    const out = [];
    for (const { cluster, nodes } of cephClusters(topo)) {
      // Nodes with OSD capacity: their count, smallest and largest (lists only for a finding).
      let withOsds = 0;
      let min = Infinity;
      let max = 0;
      for (const node of nodes) {
        const gb = osdCapacityGB(node);
        if (gb <= 0) continue;
        withOsds++;
        min = Math.min(min, gb);
        max = Math.max(max, gb);
      }
      if (withOsds < 2) continue;
      const spread = (max - min) / max;
      if (spread <= thresholds.cephUnevenCapacityMax) continue;
      const holding = nodes.filter((n) => osdCapacityGB(n) > 0);
      out.push({
        message: `OSD capacity per node in ${cluster.name} ranges from ${min} GB to ${max} GB (${Math.round(spread * 100)}% apart)`,
        targets: [t.cluster(cluster), ...holding.map(t.device)],
      });
    }
    return out;
  },
};
