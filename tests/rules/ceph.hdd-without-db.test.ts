import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

describe('ceph.hdd-without-db', () => {
  it('fires for an HDD OSD on a node without an SSD/NVMe db disk', () => {
    const d = template();
    device(d, 'node-1').server!.disks[1]!.media = 'hdd';
    const [f] = expectFires(d, 'ceph.hdd-without-db', 'warning');
    expectTargets(f, [deviceTarget('node-1')]);
  });

  it('is quiet once the node has an NVMe db disk', () => {
    const d = template();
    const disks = device(d, 'node-1').server!.disks;
    disks[1]!.media = 'hdd';
    disks.push({ role: 'db', media: 'nvme', capacityGB: 800, plp: true, writeMBps: 2000 });
    expectQuiet(d, 'ceph.hdd-without-db');
  });
});
