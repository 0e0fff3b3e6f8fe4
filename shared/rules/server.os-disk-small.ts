import type { Disk } from '../model';
import type { Rule } from './rule';
import { hintWith } from './rule';
import { t } from './targets';

export const serverOsDiskSmall: Rule = {
  id: 'server.os-disk-small',
  severity: 'warning',
  title: 'OS disk under 256 GB',
  why: 'PVE in HCI use logs constantly; small SSDs run out of write endurance, and a default install gives only a quarter of the disk to root.',
  ...hintWith((t) => `Use an OS disk of ${t.osDiskMinGB} GB or more (SSD/NVMe).`),
  source:
    'Ceph documentation, "Hardware Recommendations" (an SSD for the OS and Monitor/Manager data: 256 GB minimum, 960 GB recommended), https://docs.ceph.com/en/latest/start/hardware-recommendations/; Proxmox VE Administration Guide, "Advanced LVM Configuration Options" (root gets a quarter of the disk), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#advanced_lvm_options',
  check({ design, topo, thresholds }) {
    const out = [];
    const isSmall = (d: Disk) => d.role === 'os' && d.capacityGB < thresholds.osDiskMinGB;
    for (let i = 0; i < design.devices.length; i++) {
      const node = design.devices[i]!;
      const disks = node.server?.disks;
      if (!disks?.some(isSmall)) continue;
      const small = disks.filter(isSmall);
      out.push({
        message: `${topo.name(node)}: OS disk of ${small.map((d) => `${d.capacityGB} GB`).join(', ')}, below ${thresholds.osDiskMinGB} GB`,
        targets: [t.device(node)],
      });
    }
    return out;
  },
};
