import { cephClusters } from './ceph';
import { iopsTotals } from './cephSizing';
import type { Rule } from './rule';
import { t } from './targets';

export const cephIopsBudget: Rule = {
  id: 'ceph.iops-budget',
  severity: 'info',
  title: 'Planned VMs exceed the IOPS budget',
  why: 'At 16 KiB per I/O, 1,000 IOPS per VM is 15.625 MiB/s; the disks’ combined write throughput divided by the pool size bounds what the cluster can serve.',
  hint: 'Plan fewer VMs or IOPS per VM, or add faster or more OSDs.',
  source:
    'ClusterWire heuristic: a sizing estimate (planned VMs x IOPS per VM x 16 KiB against OSD write throughput / pool size), not a Ceph or Proxmox figure. Ceph documentation, "Architecture" (each write goes to every replica OSD of the pool before it is acknowledged), https://docs.ceph.com/en/latest/architecture/',
  check({ topo, thresholds }) {
    const out = [];
    for (const { cluster, nodes } of cephClusters(topo)) {
      const iops = iopsTotals(cluster, nodes, thresholds);
      if (iops.demandMiBps <= iops.capacityMiBps) continue;
      out.push({
        message: `${cluster.name}: ${iops.plannedVms} VMs x ${iops.iopsPerVm} IOPS need ${iops.demandMiBps.toFixed(1)} MiB/s; the OSDs give ${iops.capacityMiBps.toFixed(1)} MiB/s at pool size ${iops.poolSize}`,
        targets: [t.cluster(cluster)],
      });
    }
    return out;
  },
};
