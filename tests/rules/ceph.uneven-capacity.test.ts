import { describe, it } from 'vitest';
import type { Design } from '../../shared/model';
import { device, expectFires, expectQuiet, expectTargets, template } from '../support/rules';

// Each node has 4 x 3,840 GB = 15,360 GB; 10% of that is 1,536 GB.
function smallerBy(gb: number): Design {
  const d = template();
  device(d, 'node-1').server!.disks[1]!.capacityGB = 3840 - gb;
  return d;
}

describe('ceph.uneven-capacity', () => {
  it('fires when nodes differ by more than 10%', () => {
    const [f] = expectFires(smallerBy(1537), 'ceph.uneven-capacity', 'warning');
    expectTargets(f, [{ kind: 'cluster', id: 'cluster-1' }]);
  });

  it('is quiet at exactly 10%', () => expectQuiet(smallerBy(1536), 'ceph.uneven-capacity'));
});
