import type { Disk } from '../model';
import { CONTROLLER_MEDIA, cephClusters } from './ceph';
import { osdDisks } from './cephSizing';
import type { Rule } from './rule';
import { t } from './targets';

// Predicates live at module level: an arrow written inside a loop is a new function object per
// node, and these run for every node of every cluster.
const isBehindController = (d: Disk) => CONTROLLER_MEDIA.has(d.media);

export const cephRaidController: Rule = {
  id: 'ceph.raid-controller',
  severity: 'error',
  title: 'OSD disks behind a RAID controller',
  why: 'Ceph needs direct access to its disks (HBA / IT / JBOD mode); a RAID controller hides failures and caches writes Ceph believes are safe.',
  hint: 'Put the controller in HBA (IT/JBOD) mode; one RAID0 volume per disk is only a last resort.',
  source:
    'Proxmox VE Administration Guide, Ceph "Avoid RAID" (use a host bus adapter, not a RAID controller), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_recommendation_raid',
  check({ topo }) {
    const out = [];
    for (const { nodes } of cephClusters(topo)) {
      for (const node of nodes) {
        if (node.server?.controller !== 'raid' || !osdDisks(node).some(isBehindController))
          continue;
        const behind = osdDisks(node).filter(isBehindController);
        out.push({
          message: `${topo.name(node)}: ${behind.length} SATA/SAS OSD disk${behind.length === 1 ? '' : 's'} behind a controller in RAID mode`,
          targets: [t.device(node)],
        });
      }
    }
    return out;
  },
};
