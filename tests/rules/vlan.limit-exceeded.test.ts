import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

// core-1's peer link allows "all": every VLAN of the design (10, 50, 51, 60, 61, 70, 100) = 7.
describe('vlan.limit-exceeded', () => {
  it('fires when a trunk allowing "all" brings more VLANs than the switch supports', () => {
    const d = template();
    device(d, 'core-1').limits.maxVlans = 6;
    const [f] = expectFires(d, 'vlan.limit-exceeded', 'error');
    expectTargets(f, [deviceTarget('core-1')]);
  });

  it('is quiet at exactly the maximum', () => {
    const d = template();
    device(d, 'core-1').limits.maxVlans = 7;
    expectQuiet(d, 'vlan.limit-exceeded');
  });
});
