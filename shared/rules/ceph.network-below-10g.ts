import { cephClusters } from './ceph';
import { osdDisks } from './cephSizing';
import type { Rule } from './rule';
import { hintWith } from './rule';
import type { DeviceInfo, PortIndex } from '../topology';
import { t } from './targets';

const CEPH_ROLES = new Set(['ceph-public', 'ceph-cluster']);

/** Does a Ceph attachment of the device before `index` ride on this port? */
function cephBefore(info: DeviceInfo, index: number, port: PortIndex): boolean {
  for (let j = 0; j < index; j++) {
    const r = info.attachmentAt(j);
    if (CEPH_ROLES.has(r.network.role) && r.ridesOn(port)) return true;
  }
  return false;
}

export const cephNetworkBelow10g: Rule = {
  id: 'ceph.network-below-10g',
  severity: 'warning',
  title: 'Ceph link below 10 Gbps (25 Gbps with NVMe)',
  why: 'Proxmox recommends at least 10 Gbps used only by Ceph, and 25 Gbps or more with NVMe OSDs.',
  ...hintWith(
    (t) =>
      `Carry Ceph over ${t.cephNetworkMinGbps}G links, or ${t.cephNetworkMinGbpsNvme}G where OSDs are NVMe.`,
  ),
  source: 'Domain brief §4 (networks); Proxmox VE admin guide, Ceph network recommendations',
  check({ topo, thresholds }) {
    const out = [];
    for (const { nodes } of cephClusters(topo)) {
      for (let j = 0; j < nodes.length; j++) {
        const node = nodes[j]!;
        const nvme = osdDisks(node).some((d) => d.media === 'nvme');
        const min = nvme ? thresholds.cephNetworkMinGbpsNvme : thresholds.cephNetworkMinGbps;
        // Each port carrying Ceph once, without building a list per node: a port is skipped
        // when an earlier Ceph attachment of the node rides on it too.
        const info = topo.infoOf(node);
        if (!info) continue;
        for (let i = 0; i < info.attachmentCount; i++) {
          const r = info.attachmentAt(i);
          if (!CEPH_ROLES.has(r.network.role)) continue;
          for (let k = 0; k < r.portCount; k++) {
            const port = r.portAt(k);
            if (cephBefore(info, i, port)) continue;
            const speed = topo.portSpeed(port);
            if (speed === null || speed >= min) continue;
            out.push({
              message: `${topo.portLabel(port)} carries Ceph at ${speed}G, below ${min}G${nvme ? ' for a node with NVMe OSDs' : ''}`,
              targets: [t.device(node), t.port(topo, port)],
            });
          }
        }
      }
    }
    return out;
  },
};
