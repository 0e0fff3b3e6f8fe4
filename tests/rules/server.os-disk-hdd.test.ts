import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

describe('server.os-disk-hdd', () => {
  it('fires for an HDD OS disk, Ceph or not', () => {
    const d = template();
    device(d, 'node-1').server!.disks[0]!.media = 'hdd';
    d.clusters[0]!.ceph.enabled = false;
    const [f] = expectFires(d, 'server.os-disk-hdd', 'warning');
    expectTargets(f, [deviceTarget('node-1')]);
  });

  it('is quiet for a SATA SSD OS disk', () => {
    const d = template();
    device(d, 'node-1').server!.disks[0]!.media = 'sata-ssd';
    expectQuiet(d, 'server.os-disk-hdd');
  });
});
