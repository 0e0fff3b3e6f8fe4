import { describe, it } from 'vitest';
import {
  device,
  expectFires,
  expectQuiet,
  expectTargets,
  lag,
  portTarget,
  template,
} from '../support/rules';

describe('mtu.mismatch', () => {
  it('fires when hosts on one network use different MTUs', () => {
    const d = template();
    device(d, 'node-1').attachments.find((a) => a.network === 'net-ceph-public')!.mtu = 1500;
    const [f] = expectFires(d, 'mtu.mismatch', 'warning');
    expectTargets(f, [{ kind: 'network', id: 'net-ceph-public' }]);
  });

  it('fires when a switch port carrying a network is below its MTU', () => {
    const d = template();
    lag(d, 'lag-core-node1').config!.mtu = 8999;
    const found = expectFires(d, 'mtu.mismatch', 'warning', 6); // 3 jumbo networks x 2 legs
    expectTargets(found[0], [portTarget('core-1', 'swp1')]);
  });

  it('is quiet for switch ports at the network MTU, and at 9216 with hosts at 9000', () => {
    const d = template();
    lag(d, 'lag-core-node1').config!.mtu = 9000;
    expectQuiet(d, 'mtu.mismatch');
    expectQuiet(template(), 'mtu.mismatch');
  });
});
