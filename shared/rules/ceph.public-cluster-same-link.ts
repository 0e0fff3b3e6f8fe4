import { cephClusters } from './ceph';
import type { Rule } from './rule';
import { t } from './targets';

export const cephPublicClusterSameLink: Rule = {
  id: 'ceph.public-cluster-same-link',
  severity: 'info',
  title: 'Ceph public and cluster networks on one interface',
  why: 'Replication and recovery traffic (cluster network) competes with client I/O (public network) when both share an interface; a separate cluster network is recommended for high performance.',
  hint: 'Put the Ceph cluster network on its own interface, ideally one port from each of two NIC cards.',
  source: 'Domain brief §4 (networks)',
  check({ topo }) {
    const out = [];
    for (const { nodes } of cephClusters(topo)) {
      for (const node of nodes) {
        const via = (role: string) =>
          new Set(
            topo
              .attachmentsOf(node)
              .filter((r) => r.network.role === role)
              .map((r) => r.attachment.lag ?? `port:${r.attachment.port}`),
          );
        const pub = via('ceph-public');
        const shared = [...via('ceph-cluster')].filter((x) => pub.has(x));
        if (shared.length === 0) continue;
        const iface = shared[0]!.startsWith('port:')
          ? shared[0]!.slice(5)
          : (topo.lags.get(shared[0]!)?.name ?? shared[0]!);
        out.push({
          message: `${topo.name(node)} carries Ceph public and cluster networks on the same interface (${iface})`,
          targets: [t.device(node)],
        });
      }
    }
    return out;
  },
};
