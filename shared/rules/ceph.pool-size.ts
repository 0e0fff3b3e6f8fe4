import type { RawFinding, Rule } from './rule';
import { cephClusters } from './ceph';
import { osdDisks } from './cephSizing';
import { t } from './targets';

export const cephPoolSize: Rule = {
  id: 'ceph.pool-size',
  severity: 'error',
  title: 'Pool size that cannot be met or is unsafe',
  why: 'With host as the failure domain each copy needs its own node with OSDs: a pool whose size exceeds those nodes never becomes clean, and a min_size above size blocks every write. Size 2 stops writes (or risks data at min_size 1) after one failure.',
  hint: 'Use size 3 and min_size 2, on at least 3 nodes with OSDs.',
  source:
    'Proxmox VE Administration Guide, "Ceph Pools" (size 3 and min_size 2 by default), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_pools; Ceph documentation, "Troubleshooting PGs", Placement Groups Never Get Clean (fewer OSDs or hosts than replicas), https://docs.ceph.com/en/latest/rados/troubleshooting/troubleshooting-pg/#placement-groups-never-get-clean',
  check({ topo }) {
    const out: RawFinding[] = [];
    for (const { cluster, nodes } of cephClusters(topo)) {
      const osdNodes = nodes.filter((node) => osdDisks(node).length > 0).length;
      for (const pool of cluster.ceph.pools) {
        const where = `pool ${pool.name} of ${cluster.name}`;
        if (pool.minSize > pool.size)
          out.push({
            message: `${where}: min_size ${pool.minSize} is above size ${pool.size}, so no write can complete`,
            targets: [t.cluster(cluster)],
          });
        else if (pool.size > osdNodes)
          out.push({
            message: `${where} keeps ${pool.size} copies but only ${osdNodes} node${osdNodes === 1 ? ' has' : 's have'} OSDs: its placement groups never become clean`,
            targets: [t.cluster(cluster)],
          });
        else if (pool.size === 2)
          out.push({
            severity: 'warning',
            message: `${where} keeps 2 copies: one failure stops writes (or risks data at min_size 1)`,
            targets: [t.cluster(cluster)],
          });
      }
    }
    return out;
  },
};
