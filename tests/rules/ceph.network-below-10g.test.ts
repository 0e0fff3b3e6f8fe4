import { describe, it } from 'vitest';
import type { Design } from '../../shared/model';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  port,
  portTarget,
  template,
} from '../support/rules';

/** pve-01's bond members limited to 10G. */
function bondAt10g(): Design {
  const d = template();
  port(d, 'node-1', 'ens1f0').speeds = [10];
  port(d, 'node-1', 'ens1f1').speeds = [10];
  return d;
}

describe('ceph.network-below-10g', () => {
  it('fires for Ceph at 10G on a node with NVMe OSDs (needs 25G)', () => {
    const found = expectFires(bondAt10g(), 'ceph.network-below-10g', 'warning', 2);
    expectTargets(found[0], [deviceTarget('node-1'), portTarget('node-1', 'ens1f0')]);
  });

  it('is quiet for Ceph at 10G when the OSDs are SATA SSDs', () => {
    const d = bondAt10g();
    for (const disk of device(d, 'node-1').server!.disks)
      if (disk.role === 'osd') disk.media = 'sata-ssd';
    expectQuiet(d, 'ceph.network-below-10g');
  });

  it('fires for Ceph on a 1G link even without NVMe', () => {
    const d = bondAt10g();
    for (const disk of device(d, 'node-1').server!.disks)
      if (disk.role === 'osd') disk.media = 'sata-ssd';
    port(d, 'node-1', 'ens1f1').speeds = [1];
    port(d, 'core-2', 'swp1').speeds = [1, 10, 25];
    expectFires(d, 'ceph.network-below-10g', 'warning');
  });
});
