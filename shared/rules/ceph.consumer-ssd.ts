import type { Device, Disk } from '../model';
import { SSD_MEDIA, cephClusters } from './ceph';
import { osdDisks } from './cephSizing';
import type { Rule } from './rule';
import { t } from './targets';

// Predicates live at module level: an arrow written inside a loop is a new function object per
// node, and these run for every node of every cluster.
const isConsumerSsd = (d: Disk) => SSD_MEDIA.has(d.media) && !d.plp;
/** Has an OSD or DB/WAL device that is a consumer SSD (a cheap look before the lists below). */
function hasConsumerSsd(node: Device): boolean {
  const disks = node.server?.disks ?? [];
  for (let i = 0; i < disks.length; i++) {
    const d = disks[i]!;
    if ((d.role === 'osd' || d.role === 'db') && isConsumerSsd(d)) return true;
  }
  return false;
}
/** OSDs and their DB/WAL devices: both take Ceph's synchronous writes. */
const cephDisks = (node: Device) => [
  ...osdDisks(node),
  ...(node.server?.disks ?? []).filter((d) => d.role === 'db'),
];

export const cephConsumerSsd: Rule = {
  id: 'ceph.consumer-ssd',
  severity: 'warning',
  title: 'SSD OSD without power-loss protection',
  why: 'Ceph syncs every write; SSDs without power-loss protection cannot acknowledge syncs from cache and stall, and may lose data on power failure.',
  hint: 'Use enterprise SSDs with power-loss protection.',
  source:
    'Proxmox VE Administration Guide, "Recommended System Requirements" (SSDs with power-loss protection; consumer SSDs discouraged), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#install_recommended_requirements; Ceph documentation, "Hardware Recommendations" (enterprise SSDs with power loss protection), https://docs.ceph.com/en/latest/start/hardware-recommendations/',
  check({ topo }) {
    const out = [];
    const clusters = cephClusters(topo);
    for (let i = 0; i < clusters.length; i++) {
      const { nodes } = clusters[i]!;
      for (let j = 0; j < nodes.length; j++) {
        const node = nodes[j]!;
        if (!hasConsumerSsd(node)) continue;
        const bad = cephDisks(node).filter(isConsumerSsd);
        if (bad.length === 0) continue;
        const osds = bad.filter((d) => d.role !== 'db').length;
        const dbs = bad.length - osds;
        const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
        const which = [
          osds ? plural(osds, 'SSD/NVMe OSD') : '',
          dbs ? plural(dbs, 'SSD/NVMe DB/WAL device') : '',
        ]
          .filter(Boolean)
          .join(' and ');
        out.push({
          message: `${topo.name(node)}: ${which} without power-loss protection`,
          targets: [t.device(node)],
        });
      }
    }
    return out;
  },
};
