import { cephClusters } from './ceph';
import type { Rule } from './rule';
import { t } from './targets';

export const cephMinSizeOne: Rule = {
  id: 'ceph.min-size-one',
  severity: 'error',
  title: 'Pool with min_size 1',
  why: 'With min_size 1 a pool keeps accepting writes with a single copy; one more failure then loses data.',
  hint: 'Use size 3 and min_size 2.',
  source:
    'Proxmox VE Administration Guide, "Ceph Pools" (do not set a min_size of 1), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_pools',
  check({ topo }) {
    const out = [];
    for (const { cluster } of cephClusters(topo)) {
      for (const pool of cluster.ceph.pools) {
        if (pool.minSize === 1)
          out.push({
            message: `pool ${pool.name} of ${cluster.name} has min_size 1`,
            targets: [t.cluster(cluster)],
          });
      }
    }
    return out;
  },
};
