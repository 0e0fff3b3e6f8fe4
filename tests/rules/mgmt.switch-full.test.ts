import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

// The 3-node template needs 12 management switch ports: a management port on each of the 7
// devices, a BMC port on each of the 3 nodes, and an uplink from each of the 2 core switches.
function withAccessPorts(n: number): Design {
  const d = template();
  device(d, 'mgmt-1').ports.forEach((p, i) => {
    if (i >= n) p.type = '1000base-x-sfp';
  });
  return d;
}

describe('mgmt.switch-full', () => {
  it('fires with 11 access ports for 12 ports needed: ports are counted, not devices', () => {
    const [f] = expectFires(withAccessPorts(11), 'mgmt.switch-full', 'error');
    expectTargets(f, [deviceTarget('mgmt-1')]);
    expect(f?.message).toMatch(/^12 ports need the management switches/);
  });

  it('is quiet with exactly 12 access ports', () =>
    expectQuiet(withAccessPorts(12), 'mgmt.switch-full'));
});
