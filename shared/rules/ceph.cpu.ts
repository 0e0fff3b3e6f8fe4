import { cephClusters } from './ceph';
import { nodeThreadNeed } from './cephSizing';
import type { Rule } from './rule';
import { t } from './targets';

export const cephCpu: Rule = {
  id: 'ceph.cpu',
  severity: 'warning',
  title: 'Not enough CPU threads for Ceph and guests',
  why: 'A MON and a MGR take about a thread each, an HDD or SATA SSD OSD one, an NVMe OSD 4-6; guests’ vCPUs come on top.',
  hint: 'Use a CPU with more threads, or plan fewer guest vCPUs on this node.',
  source:
    'Proxmox VE Administration Guide, Ceph "CPU" (at least one core or thread per Ceph service; 4-6 threads per NVMe OSD), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_recommendation_cpu',
  check({ topo, thresholds }) {
    const out = [];
    for (const { cluster, nodes } of cephClusters(topo)) {
      for (const node of nodes) {
        const have = node.server?.cpuThreads ?? 0;
        const need = nodeThreadNeed(node, cluster, thresholds);
        if (have >= need) continue;
        out.push({
          message: `${topo.name(node)} has ${have} threads; Ceph daemons and planned guests need ${need}`,
          targets: [t.device(node)],
        });
      }
    }
    return out;
  },
};
