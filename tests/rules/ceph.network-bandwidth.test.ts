import { describe, it } from 'vitest';
import type { Design } from '../../shared/model';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

// pve-01's Ceph networks ride on bond0: 2 x 25G = 6,250 MB/s; the need is 2 x the fastest OSD.
function fastestOsd(writeMBps: number): Design {
  const d = template();
  device(d, 'node-1').server!.disks[1]!.writeMBps = writeMBps;
  return d;
}

describe('ceph.network-bandwidth', () => {
  it('fires when 2 x the fastest OSD exceeds the interface', () => {
    const [f] = expectFires(fastestOsd(3126), 'ceph.network-bandwidth', 'warning');
    expectTargets(f, [deviceTarget('node-1')]);
  });

  it('is quiet when the interface matches 2 x the fastest OSD exactly', () =>
    expectQuiet(fastestOsd(3125), 'ceph.network-bandwidth'));
});
