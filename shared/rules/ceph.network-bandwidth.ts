import { cephClusters } from './ceph';
import { cephInterface, fastestOsdMBps, interfaceMBps } from './cephSizing';
import type { Rule } from './rule';
import { t } from './targets';

export const cephNetworkBandwidth: Rule = {
  id: 'ceph.network-bandwidth',
  severity: 'warning',
  title: 'Ceph network slower than the disks need',
  why: 'A write is forwarded to the replicas over the cluster network before it is acknowledged, so a node needs at least 2 x the write throughput of its fastest data disk.',
  hint: 'Give the Ceph cluster network faster or more links.',
  source:
    'Ceph documentation, "Architecture" (the primary OSD forwards each write to the replica OSDs before it acknowledges), https://docs.ceph.com/en/latest/architecture/; SUSE Enterprise Storage 7 Deployment Guide, "Hardware requirements and recommendations" (with three replicas the primary sends two copies over the cluster network), https://susedoc.github.io/doc-ses/ses7/html/ses-deployment/storage-bp-hwreq.html',
  check({ topo }) {
    const out = [];
    for (const { nodes } of cephClusters(topo)) {
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        const need = 2 * fastestOsdMBps(node);
        const iface = cephInterface(node, topo);
        const have = interfaceMBps(iface, topo);
        if (have === null || need === 0 || have >= need) continue;
        out.push({
          message: `${topo.name(node)}: ${iface!.network.name} on ${iface!.ports.map((p) => topo.portOf(p).name).join(' + ')} carries ${have} MB/s; its fastest OSD needs ${need} MB/s (2 x write)`,
          targets: [t.device(node)],
        });
      }
    }
    return out;
  },
};
