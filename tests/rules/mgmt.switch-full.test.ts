import { describe, it } from 'vitest';
import type { Design } from '../../shared/model';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

// 7 devices of the 3-node template have management ports (2 firewalls, 2 core, 3 nodes).
function withAccessPorts(n: number): Design {
  const d = template();
  device(d, 'mgmt-1').ports.forEach((p, i) => {
    if (i >= n) p.type = '1000base-x-sfp';
  });
  return d;
}

describe('mgmt.switch-full', () => {
  it('fires with 6 access ports for 7 devices', () => {
    const [f] = expectFires(withAccessPorts(6), 'mgmt.switch-full', 'error');
    expectTargets(f, [deviceTarget('mgmt-1')]);
  });

  it('is quiet with exactly 7 access ports', () =>
    expectQuiet(withAccessPorts(7), 'mgmt.switch-full'));
});
