import { describe, it } from 'vitest';
import {
  cableTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  port,
  template,
} from '../support/rules';

describe('uplink.below-10g', () => {
  it('fires for a service uplink that links at 1G', () => {
    const d = template();
    port(d, 'node-1', 'ens1f0').speeds = [1];
    port(d, 'core-1', 'swp1').speeds = [1, 10, 25];
    const [f] = expectFires(d, 'uplink.below-10g', 'warning');
    expectTargets(f, [cableTarget('cab-node1-core1')]);
  });

  it('is quiet at exactly 10G (the firewalls’ SFP+ uplinks)', () =>
    expectQuiet(template(), 'uplink.below-10g'));
});
