import { describe, expect, it } from 'vitest';
import { expectFires, expectQuiet, expectTargets, lag, template } from '../support/rules';

describe('lag.split-without-mlag', () => {
  it('fires for each host bond split across two switches that are not a pair', () => {
    const d = template();
    d.mlagPairs = [];
    const found = expectFires(d, 'lag.split-without-mlag', 'error', 5); // 3 nodes + 2 firewalls
    const node1 = found.find((f) => f.message.includes('pve-01'));
    expectTargets(node1, [
      { kind: 'lag', id: 'lag-node1-bond0' },
      { kind: 'device', id: 'core-1' },
      { kind: 'device', id: 'core-2' },
    ]);
    expect(node1?.message).toMatch(/lands on core-01 and core-02/);
  });

  it('is quiet when the two switches form an MLAG pair', () =>
    expectQuiet(template(), 'lag.split-without-mlag'));

  it('is quiet for active-backup bonds across two independent switches (the fallback without MLAG)', () => {
    const d = template();
    d.mlagPairs = [];
    for (const l of d.lags)
      if (l.id.endsWith('-bond0') || l.id.includes('-bond')) l.mode = 'active-backup';
    expectQuiet(d, 'lag.split-without-mlag');
  });

  it('still fires for a balance-xor bond, which aggregates', () => {
    const d = template();
    d.mlagPairs = [];
    for (const l of d.lags) if (l.id.includes('-bond')) l.mode = 'active-backup';
    lag(d, 'lag-node1-bond0').mode = 'balance-xor';
    expectFires(d, 'lag.split-without-mlag', 'error', 1);
  });
});
