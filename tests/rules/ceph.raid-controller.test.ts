import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

describe('ceph.raid-controller', () => {
  it('fires for SATA SSD OSDs behind a controller in RAID mode', () => {
    const d = template();
    const node = device(d, 'node-1');
    node.server!.controller = 'raid';
    node.server!.disks[1]!.media = 'sata-ssd';
    const [f] = expectFires(d, 'ceph.raid-controller', 'error');
    expectTargets(f, [deviceTarget('node-1')]);
  });

  it('is quiet for a RAID controller when every OSD is NVMe (not behind it)', () => {
    const d = template();
    device(d, 'node-1').server!.controller = 'raid';
    expectQuiet(d, 'ceph.raid-controller');
  });
});
