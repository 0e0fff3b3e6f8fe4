import { cephClusters } from './ceph';
import type { Rule } from './rule';
import { hintWith } from './rule';
import { t } from './targets';

export const cephTooFewMonitors: Rule = {
  id: 'ceph.too-few-monitors',
  severity: 'error',
  title: 'Too few (or an even number of) Ceph monitors',
  why: 'Monitors keep quorum by majority: 3 survive the loss of one; an even count adds no fault tolerance over one fewer.',
  ...hintWith(
    (t) =>
      `Run ${t.cephMinMonitors} monitors (more are not needed for small clusters), on different nodes.`,
  ),
  source:
    'Proxmox VE Administration Guide, "Ceph Monitor" (at least 3 monitors for high availability), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_monitors; Ceph documentation, "Adding/Removing Monitors" (run an odd number of monitors), https://docs.ceph.com/en/latest/rados/operations/add-or-rm-mons/#adding-monitors',
  check({ topo, thresholds }) {
    const out = [];
    for (const { cluster } of cephClusters(topo)) {
      const n = new Set(cluster.ceph.monitors).size;
      if (n < thresholds.cephMinMonitors)
        out.push({
          message: `Ceph cluster ${cluster.name} has ${n} monitor${n === 1 ? '' : 's'}`,
          targets: [t.cluster(cluster)],
        });
      else if (n % 2 === 0)
        out.push({
          severity: 'warning' as const,
          message: `Ceph cluster ${cluster.name} has an even number of monitors (${n})`,
          targets: [t.cluster(cluster)],
        });
    }
    return out;
  },
};
