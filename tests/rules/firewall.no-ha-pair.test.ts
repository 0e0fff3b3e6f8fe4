import { describe, it } from 'vitest';
import {
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  removeDevice,
  template,
} from '../support/rules';

describe('firewall.no-ha-pair', () => {
  it('fires for exactly one firewall', () => {
    const d = template();
    removeDevice(d, 'fw-2');
    const [f] = expectFires(d, 'firewall.no-ha-pair', 'warning');
    expectTargets(f, [deviceTarget('fw-1')]);
  });

  it('is quiet with two firewalls', () => expectQuiet(template(), 'firewall.no-ha-pair'));
});
