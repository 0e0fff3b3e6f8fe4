import { describe, it } from 'vitest';
import type { Design } from '../../shared/model';
import { expectFires, expectQuiet, template } from '../support/rules';

// 12 OSDs x 2,000 MB/s / size 3 = 8,000 MiB/s; a VM at 1,000 IOPS x 16 KiB = 15.625 MiB/s: 512 VMs.
function plannedVms(n: number): Design {
  const d = template();
  d.clusters[0]!.plannedVms = n;
  return d;
}

describe('ceph.iops-budget', () => {
  it('fires for 513 VMs', () => expectFires(plannedVms(513), 'ceph.iops-budget', 'info'));
  it('is quiet for exactly 512 VMs', () => expectQuiet(plannedVms(512), 'ceph.iops-budget'));
});
