import { describe, expect, it } from 'vitest';
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

  it('fires for corosync over a static bond', () => {
    const d = template();
    lag(d, 'lag-node2-bond0').mode = 'static';
    expectFires(d, 'corosync.bond-mode', 'warning');
  });

  it('fires when the switch-side LAG the bond lands on lacks fast rate', () => {
    const d = template();
    lag(d, 'lag-core-node1').lacpRate = 'slow';
    const [f] = expectFires(d, 'corosync.bond-mode', 'warning');
    expect(f?.message).toMatch(/switch-side LAG .* lacks fast rate/);
  });
});
