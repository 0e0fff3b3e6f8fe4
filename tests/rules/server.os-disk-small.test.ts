import { describe, expect, it } from 'vitest';
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

  it("the hint names the design's own minimum, not the default", () => {
    const d = template();
    d.thresholds.osDiskMinGB = 512;
    // Every node's 480 GB OS disk is below 512 GB now.
    const found = expectFires(d, 'server.os-disk-small', 'warning', 3);
    for (const f of found) expect(f.hint).toBe('Use an OS disk of 512 GB or more (SSD/NVMe).');
  });
});
