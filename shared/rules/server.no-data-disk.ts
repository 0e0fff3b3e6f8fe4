import { cephClusters } from './ceph';
import { osdDisks } from './cephSizing';
import type { Rule } from './rule';
import { t } from './targets';

export const serverNoDataDisk: Rule = {
  id: 'server.no-data-disk',
  severity: 'error',
  title: 'Ceph node without an OSD disk',
  why: 'In an HCI cluster every node contributes storage; a node without OSDs unbalances capacity and recovery.',
  hint: 'Give the node at least one OSD disk, the same capacity as the others.',
  source:
    'Proxmox VE Administration Guide, "Recommendations for a Healthy Ceph Cluster" (preferably identical servers) and Ceph "Disks" (an evenly distributed amount of disks per node), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_recommendation_disk',
  check({ topo }) {
    const out = [];
    for (const { nodes } of cephClusters(topo)) {
      for (const node of nodes)
        if (osdDisks(node).length === 0)
          out.push({ message: `${topo.name(node)} has no OSD disk`, targets: [t.device(node)] });
    }
    return out;
  },
};
