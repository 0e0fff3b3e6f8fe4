import { describe, it } from 'vitest';
import {
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  network,
  template,
} from '../support/rules';

// Servers support MTU 9000, the SN2010 core switches 9216.
describe('mtu.exceeds-max', () => {
  it('fires for each server on a network above its maximum MTU', () => {
    const d = template();
    network(d, 'net-ceph-public').mtu = 9001;
    const found = expectFires(d, 'mtu.exceeds-max', 'error', 3);
    expectTargets(found[0], [{ kind: 'network', id: 'net-ceph-public' }]);
    expectTargets(
      found.find((f) => f.message.includes('pve-01')),
      [deviceTarget('node-1')],
    );
  });

  it('is quiet at exactly the maximum', () => expectQuiet(template(), 'mtu.exceeds-max'));
});
