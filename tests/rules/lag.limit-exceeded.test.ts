import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

// core-1 of the 3-node template has 7 LAG groups: the peer link, the management switch's
// uplink, 2 firewalls, 3 nodes.
describe('lag.limit-exceeded', () => {
  it('fires with 7 LAG groups on a switch that supports 6', () => {
    const d = template();
    device(d, 'core-1').limits.maxLagGroups = 6;
    const [f] = expectFires(d, 'lag.limit-exceeded', 'error');
    expectTargets(f, [deviceTarget('core-1')]);
  });

  it('is quiet at exactly the maximum', () => {
    const d = template();
    device(d, 'core-1').limits.maxLagGroups = 7;
    expectQuiet(d, 'lag.limit-exceeded');
  });
});
