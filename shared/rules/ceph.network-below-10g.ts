import type { Disk } from '../model';
import { cephClusters } from './ceph';
import { osdDisks } from './cephSizing';
import type { Rule } from './rule';
import { hintWith } from './rule';
import { t } from './targets';

const CEPH_ROLES = new Set(['ceph-public', 'ceph-cluster']);
const isNvme = (d: Disk) => d.media === 'nvme';

export const cephNetworkBelow10g: Rule = {
  id: 'ceph.network-below-10g',
  severity: 'warning',
  title: 'Ceph link below 10 Gbps (25 Gbps with NVMe)',
  why: 'Proxmox recommends at least 10 Gbps used only by Ceph, and 25 Gbps or more with NVMe OSDs.',
  ...hintWith(
    (t) =>
      `Carry Ceph over ${t.cephNetworkMinGbps}G links, or ${t.cephNetworkMinGbpsNvme}G where OSDs are NVMe.`,
  ),
  source:
    'Proxmox VE Administration Guide, Ceph "Network" (at least 10 Gbps used only by Ceph; at least 25 Gbps with NVMe), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_recommendation_network',
  check({ topo, thresholds }) {
    const out = [];
    for (const { nodes } of cephClusters(topo)) {
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        const nvme = osdDisks(node).some(isNvme);
        const min = nvme ? thresholds.cephNetworkMinGbpsNvme : thresholds.cephNetworkMinGbps;
        // Each port that carries Ceph.
        const cabled = topo.cabledPorts(node);
        for (let j = 0; j < cabled.length; j++) {
          const port = cabled[j]!;
          if (!topo.carriesRole(port, CEPH_ROLES)) continue;
          const speed = topo.portSpeed(port);
          if (speed === null || speed >= min) continue;
          out.push({
            message: `${topo.portLabel(port)} carries Ceph at ${speed}G, below ${min}G${nvme ? ' for a node with NVMe OSDs' : ''}`,
            targets: [t.device(node), t.port(topo, port)],
          });
        }
      }
    }
    return out;
  },
};
