import type { Attachment } from '../model';
import { clusterNodes } from './clusters';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

const hasCorosyncLink = (a: Attachment) => a.corosync !== undefined;

export const corosyncLinkMissing: Rule = {
  id: 'corosync.link-missing',
  severity: 'error',
  title: 'Cluster node without a corosync link',
  why: 'A node joins its cluster over corosync links; without one it cannot join, and the design is not finished.',
  hint: 'Attach the node to the cluster’s corosync network (link 0) with an address, on a dedicated port if you can.',
  source:
    'Proxmox VE Administration Guide, "Adding Nodes with Separated Cluster Network" (each node needs its own link0 address on the cluster network), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_adding_nodes_with_separated_cluster_network',
  check({ topo }) {
    const out: RawFinding[] = [];
    for (const { cluster, nodes } of clusterNodes(topo)) {
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        if (node.attachments.some(hasCorosyncLink)) continue;
        out.push({
          message: `${topo.name(node)} is a node of cluster ${cluster.name} but has no corosync link`,
          targets: [t.device(node), t.cluster(cluster)],
        });
      }
    }
    return out;
  },
};
