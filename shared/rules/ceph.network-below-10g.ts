import { cephClusters } from './ceph';
import { osdDisks } from './cephSizing';
import type { Rule } from './rule';
import type { PortInfo } from './topology';
import { t } from './targets';

const CEPH_ROLES = new Set(['ceph-public', 'ceph-cluster']);

export const cephNetworkBelow10g: Rule = {
  id: 'ceph.network-below-10g',
  severity: 'warning',
  title: 'Ceph link below 10 Gbps (25 Gbps with NVMe)',
  why: 'Proxmox recommends at least 10 Gbps used only by Ceph, and 25 Gbps or more with NVMe OSDs.',
  hint: 'Carry Ceph over 10G links, or 25G where OSDs are NVMe.',
  source: 'Domain brief §4 (networks); Proxmox VE admin guide, Ceph network recommendations',
  check({ topo, thresholds }) {
    const out = [];
    for (const { nodes } of cephClusters(topo)) {
      for (const node of nodes) {
        const nvme = osdDisks(node).some((d) => d.media === 'nvme');
        const min = nvme ? thresholds.cephNetworkMinGbpsNvme : thresholds.cephNetworkMinGbps;
        const ports: PortInfo[] = [];
        for (const r of topo.attachmentsOf(node)) {
          if (!CEPH_ROLES.has(r.network.role)) continue;
          for (const p of r.ports) if (!ports.includes(p)) ports.push(p);
        }
        for (const port of ports) {
          const speed = topo.portSpeed(port);
          if (speed === null || speed >= min) continue;
          out.push({
            message: `${topo.portLabel(port)} carries Ceph at ${speed}G, below ${min}G${nvme ? ' for a node with NVMe OSDs' : ''}`,
            targets: [t.device(node), t.port(port)],
          });
        }
      }
    }
    return out;
  },
};
