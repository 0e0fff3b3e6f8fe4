import { osdDisks } from './cephSizing';
import { cephClusters } from './ceph';
import type { Rule } from './rule';
import { hintWith } from './rule';
import { t } from './targets';

export const cephTooFewOsds: Rule = {
  id: 'ceph.too-few-osds',
  severity: 'error',
  title: 'Fewer than 3 OSDs',
  why: 'A pool of size 3 needs at least 3 OSDs to place its replicas.',
  ...hintWith(
    (t) => `Give the cluster at least ${t.cephMinOsds} OSD disks, spread over its nodes.`,
  ),
  source:
    'Proxmox VE Administration Guide, "Ceph Pools" (default size of 3 replicas), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_pools, and "Create OSDs" (recommends at least 12 OSDs), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_osd_create',
  check({ topo, thresholds }) {
    const out = [];
    for (const { cluster, nodes } of cephClusters(topo)) {
      const n = nodes.reduce((sum, node) => sum + osdDisks(node).length, 0);
      if (n < thresholds.cephMinOsds)
        out.push({
          message: `Ceph cluster ${cluster.name} has ${n} OSD disk${n === 1 ? '' : 's'}`,
          targets: [t.cluster(cluster)],
        });
    }
    return out;
  },
};
