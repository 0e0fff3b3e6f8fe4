import { describe, expect, it } from 'vitest';
import { expectFires, expectQuiet, expectTargets, lag, template } from '../support/rules';

describe('lag.switch-side-missing', () => {
  it('fires for an LACP bond whose switch ports are in no LAG', () => {
    const d = template();
    d.lags = d.lags.filter((l) => l.id !== 'lag-core-node1');
    const [f] = expectFires(d, 'lag.switch-side-missing', 'error');
    expect(f?.message).toMatch(/core-01 swp1 and core-02 swp1 are in no LAG/);
    expectTargets(f, [{ kind: 'lag', id: 'lag-node1-bond0' }]);
  });

  it('fires when the switch-side LAG spans the pair without being an MLAG LAG', () => {
    const d = template();
    delete lag(d, 'lag-core-node1').mlagPair;
    expect(expectFires(d, 'lag.switch-side-missing', 'error')[0]?.message).toMatch(
      /spans two switches but is not an MLAG LAG/,
    );
  });

  it('fires when the bond is static and the switch side LACP', () => {
    const d = template();
    lag(d, 'lag-node1-bond0').mode = 'static';
    expect(expectFires(d, 'lag.switch-side-missing', 'error')[0]?.message).toMatch(
      /is lacp, the bond static/,
    );
  });

  it('fires for an active-backup bond facing the LACP MLAG LAG, naming mode, switch and LAG', () => {
    const d = template();
    lag(d, 'lag-node1-bond0').mode = 'active-backup';
    const [f] = expectFires(d, 'lag.switch-side-missing', 'error');
    expect(f?.message).toMatch(
      /bond bond0 of pve-01: active-backup faces LACP MLAG LAG \S+ on core-01 and core-02; .*never forms/,
    );
    expect(f?.message).toMatch(/Linux kernel bonding documentation.*IEEE 802\.1AX/);
    expectTargets(f, [{ kind: 'lag', id: 'lag-node1-bond0' }]);
  });

  it('fires for a balance-rr bond facing an LACP LAG, and is quiet when that LAG is static', () => {
    const d = template();
    lag(d, 'lag-node1-bond0').mode = 'balance-rr';
    expect(expectFires(d, 'lag.switch-side-missing', 'error')[0]?.message).toMatch(
      /is lacp, the bond balance-rr \(a balance-rr bond needs a static LAG/,
    );
    lag(d, 'lag-core-node1').mode = 'static';
    expectQuiet(d, 'lag.switch-side-missing');
    lag(d, 'lag-node1-bond0').mode = 'balance-xor';
    expectQuiet(d, 'lag.switch-side-missing');
  });

  it('is quiet for matching MLAG LAGs, and for active-backup bonds with no switch LAG', () => {
    expectQuiet(template(), 'lag.switch-side-missing');
    const d = template();
    lag(d, 'lag-node1-bond0').mode = 'active-backup';
    d.lags = d.lags.filter((l) => l.id !== 'lag-core-node1');
    expectQuiet(d, 'lag.switch-side-missing');
  });
});
