import { cephClusters } from './ceph';
import { nodeRamNeedGiB, osdDisks, ramAfterGuestsGiB } from './cephSizing';
import type { Rule } from './rule';
import { t } from './targets';

export const cephMemory: Rule = {
  id: 'ceph.memory',
  severity: 'warning',
  title: 'Not enough RAM for Ceph after guests',
  why: 'Proxmox VE recommends about 8 GiB per OSD; a large OSD needs 1 GiB per TiB plus 3-5 GiB in bursts, and host, MON and MGR need about 8 GiB. An OSD short of memory slows down or is killed.',
  hint: 'Add RAM, or plan less guest RAM on this node.',
  source:
    'Proxmox VE Administration Guide, Ceph "Memory" (at least 8 GiB per OSD; the OSD daemon uses 4 GiB by default), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_recommendation_memory, and "Recommended System Requirements" (about 1 GB of memory per TB of storage), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#install_recommended_requirements',
  check({ topo, thresholds }) {
    const out = [];
    for (const { nodes } of cephClusters(topo)) {
      for (const node of nodes) {
        const have = ramAfterGuestsGiB(node);
        const need = nodeRamNeedGiB(node, thresholds);
        if (have >= need) continue;
        const osds = osdDisks(node).length;
        out.push({
          message: `${topo.name(node)} has ${have} GiB left after guests; host and ${osds} OSD${osds === 1 ? '' : 's'} need ${need.toFixed(1)} GiB`,
          targets: [t.device(node)],
        });
      }
    }
    return out;
  },
};
