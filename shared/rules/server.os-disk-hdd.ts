import type { Disk } from '../model';
import type { Rule } from './rule';
import { t } from './targets';

const isHddOsDisk = (d: Disk) => d.role === 'os' && d.media === 'hdd';

export const serverOsDiskHdd: Rule = {
  id: 'server.os-disk-hdd',
  severity: 'warning',
  title: 'OS disk is an HDD',
  why: 'PVE writes logs and cluster state constantly; an HDD slows the host and the cluster file system.',
  hint: 'Use an SSD or NVMe OS disk (a ZFS mirror if you like).',
  source:
    'Proxmox VE Administration Guide, "Recommended System Requirements" (best results with SSDs), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#install_recommended_requirements; Ceph documentation, "Hardware Recommendations" (enterprise SSDs for hosts that run Monitors and Managers), https://docs.ceph.com/en/latest/start/hardware-recommendations/',
  check({ design, topo }) {
    return design.devices
      .filter((d) => d.server?.disks.some(isHddOsDisk))
      .map((d) => ({ message: `${topo.name(d)} boots from an HDD`, targets: [t.device(d)] }));
  },
};
