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

// pve-01: 512 GiB; 4 OSDs of 3.84 TB (3.49 TiB -> the 4 GiB minimum) need 8 + 4 x (4 + 3) = 36 GiB.
function guestRam(gib: number): Design {
  const d = template();
  device(d, 'node-1').server!.plannedGuestRamGiB = gib;
  return d;
}

describe('ceph.memory', () => {
  it('fires when guests leave less than 36 GiB', () => {
    const [f] = expectFires(guestRam(476.5), 'ceph.memory', 'warning');
    expectTargets(f, [deviceTarget('node-1')]);
  });
  it('is quiet when exactly 36 GiB are left', () => expectQuiet(guestRam(476), 'ceph.memory'));

  it('uses 1 GiB per TiB above 4 TiB', () => {
    const d = guestRam(476);
    device(d, 'node-1').server!.disks[1]!.capacityGB = 7680; // 6.98 TiB -> 6.98 + 3 instead of 7
    expectFires(d, 'ceph.memory', 'warning');
  });
});
