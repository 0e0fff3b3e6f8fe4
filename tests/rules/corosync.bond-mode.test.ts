import { describe, it } from 'vitest';
import { expectFires, expectQuiet, expectTargets, lag, template } from '../support/rules';

describe('corosync.bond-mode', () => {
  it('fires for corosync over LACP without fast rate', () => {
    const d = template();
    lag(d, 'lag-node1-bond0').lacpRate = 'slow';
    const [f] = expectFires(d, 'corosync.bond-mode', 'warning');
    expectTargets(f, [{ kind: 'lag', id: 'lag-node1-bond0' }]);
  });

  it('fires for corosync over balance-rr', () => {
    const d = template();
    lag(d, 'lag-node2-bond0').mode = 'balance-rr';
    expectFires(d, 'corosync.bond-mode', 'warning');
  });

  it('is quiet for LACP with fast rate and for active-backup', () => {
    const d = template();
    lag(d, 'lag-node1-bond0').mode = 'active-backup';
    expectQuiet(d, 'corosync.bond-mode');
  });
});
