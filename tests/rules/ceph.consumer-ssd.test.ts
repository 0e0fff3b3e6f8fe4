import { describe, expect, it } from 'vitest';
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

  it('fires for a DB/WAL SSD without PLP in front of HDD OSDs', () => {
    const d = template();
    device(d, 'node-2').server!.disks.push({
      role: 'db',
      media: 'sata-ssd',
      capacityGB: 480,
      plp: false,
      writeMBps: 500,
    });
    const [f] = expectFires(d, 'ceph.consumer-ssd', 'warning');
    expect(f?.message).toMatch(/1 SSD\/NVMe DB\/WAL device without power-loss protection/);
  });
});
