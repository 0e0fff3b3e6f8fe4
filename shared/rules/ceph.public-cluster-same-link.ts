import { cephClusters } from './ceph';
import type { Rule } from './rule';
import type { ResolvedAttachment } from '../topology';
import { t } from './targets';

/** The same interface: the same bond, or the same port outside any bond. */
const sameInterface = (a: ResolvedAttachment, b: ResolvedAttachment) =>
  a.attachment.lag !== undefined
    ? a.attachment.lag === b.attachment.lag
    : b.attachment.lag === undefined && a.attachment.port === b.attachment.port;

export const cephPublicClusterSameLink: Rule = {
  id: 'ceph.public-cluster-same-link',
  severity: 'info',
  title: 'Ceph public and cluster networks on one interface',
  why: 'Replication and recovery traffic (cluster network) competes with client I/O (public network) when both share an interface; a separate cluster network is recommended for high performance.',
  hint: 'Put the Ceph cluster network on its own interface, ideally one port from each of two NIC cards.',
  source:
    'Proxmox VE Administration Guide, Ceph "Public Network" and "Cluster Network" settings (a physically separated cluster network improves performance), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_wizard_networks; Ceph documentation, "Network Configuration Reference", https://docs.ceph.com/en/latest/rados/configuration/network-config-ref/',
  check({ topo }) {
    const out = [];
    const clusters = cephClusters(topo);
    for (let i = 0; i < clusters.length; i++) {
      const { nodes } = clusters[i]!;
      for (let j = 0; j < nodes.length; j++) {
        const node = nodes[j]!;
        const shared = clusterNetworkBesidePublic(topo.attachmentsOf(node));
        if (!shared) continue;
        const lagId = shared.attachment.lag;
        const name = lagId !== undefined ? (shared.lag?.name ?? lagId) : shared.attachment.port;
        out.push({
          message: `${topo.name(node)} carries Ceph public and cluster networks on the same interface (${name})`,
          targets: [t.device(node)],
        });
      }
    }
    return out;
  },
};

/** A node's Ceph cluster network on the interface of its Ceph public network, if any. */
function clusterNetworkBesidePublic(
  attachments: readonly ResolvedAttachment[],
): ResolvedAttachment | undefined {
  for (let i = 0; i < attachments.length; i++) {
    const cluster = attachments[i]!;
    if (cluster.network.role !== 'ceph-cluster') continue;
    for (let j = 0; j < attachments.length; j++) {
      const other = attachments[j]!;
      if (other.network.role === 'ceph-public' && sameInterface(cluster, other)) return cluster;
    }
  }
  return undefined;
}
