import { describe, it } from 'vitest';
import {
  expectFires,
  expectQuiet,
  expectTargets,
  port,
  portTarget,
  template,
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
});
