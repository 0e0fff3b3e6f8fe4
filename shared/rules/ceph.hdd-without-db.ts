import type { Disk } from '../model';
import { SSD_MEDIA, cephClusters } from './ceph';
import { osdDisks } from './cephSizing';
import type { Rule } from './rule';
import { t } from './targets';

// Predicates live at module level: an arrow written inside a loop is a new function object per
// node, and these run for every node of every cluster.
const isHdd = (d: Disk) => d.media === 'hdd';
const isSsdDb = (d: Disk) => d.role === 'db' && SSD_MEDIA.has(d.media);

export const cephHddWithoutDb: Rule = {
  id: 'ceph.hdd-without-db',
  severity: 'warning',
  title: 'HDD OSDs without an SSD for WAL/DB',
  why: 'HDD OSDs are slow at metadata; their WAL/DB on an SSD/NVMe speeds them up markedly.',
  hint: 'Add an SSD/NVMe disk with role db to this node.',
  source:
    'Proxmox VE Administration Guide, "Create OSDs" (a fast SSD or NVRAM for DB/WAL), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_osd_create; Ceph documentation, "Hardware Recommendations" (offload HDD OSD WAL+DB onto an SSD), https://docs.ceph.com/en/latest/start/hardware-recommendations/',
  check({ topo }) {
    const out = [];
    for (const { nodes } of cephClusters(topo)) {
      for (const node of nodes) {
        if (!osdDisks(node).some(isHdd) || node.server?.disks.some(isSsdDb)) continue;
        const hdds = osdDisks(node).filter(isHdd);
        out.push({
          message: `${topo.name(node)} has ${hdds.length} HDD OSD${hdds.length === 1 ? '' : 's'} and no SSD/NVMe disk for WAL/DB`,
          targets: [t.device(node)],
        });
      }
    }
    return out;
  },
};
