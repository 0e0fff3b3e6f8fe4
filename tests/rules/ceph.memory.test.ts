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

// pve-01: 512 GiB; 4 OSDs of 3.84 TB (3.49 TiB + 3 GiB bursts, under the 8 GiB per OSD that
// Proxmox VE recommends) need 8 + 4 x 8 = 40 GiB.
function guestRam(gib: number): Design {
  const d = template();
  device(d, 'node-1').server!.plannedGuestRamGiB = gib;
  return d;
}

describe('ceph.memory', () => {
  it('fires when guests leave less than 40 GiB', () => {
    const [f] = expectFires(guestRam(472.5), 'ceph.memory', 'warning');
    expectTargets(f, [deviceTarget('node-1')]);
  });
  it('is quiet when exactly 40 GiB are left', () => expectQuiet(guestRam(472), 'ceph.memory'));

  it('uses 1 GiB per TiB plus bursts for a large OSD', () => {
    const d = guestRam(472);
    device(d, 'node-1').server!.disks[1]!.capacityGB = 7680; // 6.98 TiB -> 6.98 + 3 instead of 8
    expectFires(d, 'ceph.memory', 'warning');
  });
});
