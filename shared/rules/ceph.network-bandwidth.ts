import { cephClusters } from './ceph';
import { nodeSizing } from './cephSizing';
import type { Rule } from './rule';
import { t } from './targets';

export const cephNetworkBandwidth: Rule = {
  id: 'ceph.network-bandwidth',
  severity: 'warning',
  title: 'Ceph network slower than the disks need',
  why: 'A write is forwarded to the replicas over the cluster network before it is acknowledged, so a node needs at least 2 x the write throughput of its fastest data disk.',
  hint: 'Give the Ceph cluster network faster or more links.',
  source: 'Domain brief §4 (write path)',
  check({ topo, thresholds }) {
    const out = [];
    for (const { cluster, nodes } of cephClusters(topo)) {
      for (const node of nodes) {
        const { network } = nodeSizing(node, cluster, topo, thresholds);
        if (
          network.haveMBps === null ||
          network.needMBps === 0 ||
          network.haveMBps >= network.needMBps
        )
          continue;
        out.push({
          message: `${topo.name(node)}: ${network.network} on ${network.ports.join(' + ')} carries ${network.haveMBps} MB/s; its fastest OSD needs ${network.needMBps} MB/s (2 x write)`,
          targets: [t.device(node)],
        });
      }
    }
    return out;
  },
};
