import { SSD_MEDIA, cephClusters } from './ceph';
import { osdDisks } from './cephSizing';
import type { Rule } from './rule';
import { t } from './targets';

export const cephHddWithoutDb: Rule = {
  id: 'ceph.hdd-without-db',
  severity: 'warning',
  title: 'HDD OSDs without an SSD for WAL/DB',
  why: 'HDD OSDs are slow at metadata; their WAL/DB on an SSD/NVMe speeds them up markedly.',
  hint: 'Add an SSD/NVMe disk with role db to this node.',
  source: 'Domain brief §4 (HDD OSDs want WAL/DB on SSD)',
  check({ topo }) {
    const out = [];
    for (const { nodes } of cephClusters(topo)) {
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        const hdds = osdDisks(node).filter((d) => d.media === 'hdd');
        const db = node.server?.disks.some((d) => d.role === 'db' && SSD_MEDIA.has(d.media));
        if (hdds.length === 0 || db) continue;
        out.push({
          message: `${topo.name(node)} has ${hdds.length} HDD OSD${hdds.length === 1 ? '' : 's'} and no SSD/NVMe disk for WAL/DB`,
          targets: [t.device(node)],
        });
      }
    }
    return out;
  },
};
