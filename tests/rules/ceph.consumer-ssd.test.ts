import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

describe('ceph.consumer-ssd', () => {
  it('fires for an NVMe OSD without power-loss protection', () => {
    const d = template();
    device(d, 'node-2').server!.disks[2]!.plp = false;
    const [f] = expectFires(d, 'ceph.consumer-ssd', 'warning');
    expectTargets(f, [deviceTarget('node-2')]);
  });

  it('is quiet for an HDD OSD without PLP, and for an OS SSD without PLP', () => {
    const d = template();
    const disks = device(d, 'node-2').server!.disks;
    disks[2]!.plp = false;
    disks[2]!.media = 'hdd';
    disks[0]!.plp = false;
    expectQuiet(d, 'ceph.consumer-ssd');
  });
});
