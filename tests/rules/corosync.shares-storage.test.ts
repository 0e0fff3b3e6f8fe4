import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

const link = (d: ReturnType<typeof template>, n: number) =>
  device(d, 'node-1').attachments.find((a) => a.corosync?.link === n)!;

describe('corosync.shares-storage', () => {
  it('fires when the bond link (with Ceph and migration) becomes primary', () => {
    const d = template();
    link(d, 1).corosync!.priority = 30;
    const [f] = expectFires(d, 'corosync.shares-storage', 'warning');
    expectTargets(f, [deviceTarget('node-1'), { kind: 'network', id: 'net-ceph-public' }]);
  });

  it('is quiet on a priority tie: the lower link number (eno1) is primary', () => {
    const d = template();
    link(d, 1).corosync!.priority = 20;
    expectQuiet(d, 'corosync.shares-storage');
  });
});
