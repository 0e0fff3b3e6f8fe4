import { cephClusters } from './ceph';
import type { Rule } from './rule';
import type { ResolvedAttachment } from '../topology';
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
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        // Same interface = same LAG, or the same port; compared on the attachments' own fields.
        const info = topo.infoOf(node);
        if (!info) continue;
        let shared: ResolvedAttachment | undefined;
        for (let j = 0; j < info.attachmentCount; j++) {
          const c = info.attachmentAt(j);
          if (c.network.role !== 'ceph-cluster') continue;
          for (let k = 0; k < info.attachmentCount; k++) {
            const p = info.attachmentAt(k);
            if (p.network.role !== 'ceph-public') continue;
            const same =
              c.attachment.lag !== undefined
                ? c.attachment.lag === p.attachment.lag
                : p.attachment.lag === undefined && c.attachment.port === p.attachment.port;
            if (same) shared = c;
          }
        }
        if (!shared) continue;
        const lagId = shared.attachment.lag;
        const name =
          lagId !== undefined
            ? (topo.lagOf(node.id, lagId)?.name ?? lagId)
            : shared.attachment.port;
        out.push({
          message: `${topo.name(node)} carries Ceph public and cluster networks on the same interface (${name})`,
          targets: [t.device(node)],
        });
      }
    }
    return out;
  },
};
