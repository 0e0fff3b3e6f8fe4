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

// pve-01 (MON + MGR + 4 NVMe OSDs): 1 + 1 + 4 x 4 = 18 threads, plus guest vCPUs; it has 64.
function guestVcpus(n: number): Design {
  const d = template();
  device(d, 'node-1').server!.plannedGuestVcpus = n;
  return d;
}

describe('ceph.cpu', () => {
  it('fires when Ceph and guests need more threads than the node has', () => {
    const [f] = expectFires(guestVcpus(47), 'ceph.cpu', 'warning');
    expectTargets(f, [deviceTarget('node-1')]);
  });
  it('is quiet when the need equals the threads', () => expectQuiet(guestVcpus(46), 'ceph.cpu'));
});
