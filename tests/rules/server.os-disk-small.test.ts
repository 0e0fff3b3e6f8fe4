import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

describe('server.os-disk-small', () => {
  it('fires for a 255 GB OS disk', () => {
    const d = template();
    device(d, 'node-1').server!.disks[0]!.capacityGB = 255;
    const [f] = expectFires(d, 'server.os-disk-small', 'warning');
    expectTargets(f, [deviceTarget('node-1')]);
  });

  it('is quiet at 256 GB, also on a node without Ceph', () => {
    const d = template();
    device(d, 'node-1').server!.disks[0]!.capacityGB = 256;
    d.clusters[0]!.ceph.enabled = false;
    expectQuiet(d, 'server.os-disk-small');
  });
});
