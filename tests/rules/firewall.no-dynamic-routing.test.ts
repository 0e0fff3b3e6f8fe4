import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

describe('firewall.no-dynamic-routing', () => {
  it('fires for a firewall model without BGP', () => {
    const d = template();
    device(d, 'fw-1').limits.bgp = false;
    const [f] = expectFires(d, 'firewall.no-dynamic-routing', 'info');
    expectTargets(f, [deviceTarget('fw-1')]);
  });

  it('is quiet for firewalls with BGP', () =>
    expectQuiet(template(), 'firewall.no-dynamic-routing'));
});
