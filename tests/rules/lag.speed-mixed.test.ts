import { describe, expect, it } from 'vitest';
import {
  expectFires,
  expectQuiet,
  expectTargets,
  port,
  portTarget,
  template,
  lag,
} from '../support/rules';

describe('lag.speed-mixed', () => {
  it('fires for a bond with a 10G and a 25G leg (on the host bond and the switch LAG)', () => {
    const d = template();
    port(d, 'node-1', 'ens1f1').speeds = [10];
    const found = expectFires(d, 'lag.speed-mixed', 'error', 2);
    expectTargets(
      found.find((f) => f.targets.some((x) => x.id === 'lag-node1-bond0')),
      [portTarget('node-1', 'ens1f0'), portTarget('node-1', 'ens1f1')],
    );
  });

  it('is quiet when every member links at the same speed', () =>
    expectQuiet(template(), 'lag.speed-mixed'));

  it('is quiet for an active-backup bond with a 25G primary and a 10G standby', () => {
    const d = template();
    port(d, 'node-1', 'ens1f1').speeds = [10];
    lag(d, 'lag-node1-bond0').mode = 'active-backup';
    // Only the switch side (an LACP LAG) still mixes speeds.
    const [f] = expectFires(d, 'lag.speed-mixed', 'error', 1);
    expect(f?.targets.some((x) => x.id === 'lag-node1-bond0')).toBe(false);
  });
});
