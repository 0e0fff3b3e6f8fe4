import { describe, expect, it } from 'vitest';
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

  it('a switch port with no MTU set runs at its model default: quiet at 9216, fires at 1500', () => {
    const d = template();
    delete lag(d, 'lag-core-node1').config!.mtu;
    device(d, 'core-1').limits.defaultMtu = 9216;
    device(d, 'core-2').limits.defaultMtu = 9216;
    expectQuiet(d, 'mtu.mismatch');
    device(d, 'core-1').limits.defaultMtu = 1500;
    expectFires(d, 'mtu.mismatch', 'warning', 3); // 3 jumbo networks on core-1's leg
  });

  it('no MTU set and an unknown platform default: a jumbo network fires, saying the default is unknown', () => {
    const d = template();
    delete lag(d, 'lag-core-node1').config!.mtu;
    const found = expectFires(d, 'mtu.mismatch', 'warning', 6);
    expect(found[0]?.message).toMatch(/no MTU set, and the platform default is unknown/);
  });

  it('the peer link must take the largest MTU of the networks of the pair’s MLAG LAGs', () => {
    const d = template();
    lag(d, 'lag-core-peer').config!.mtu = 1500;
    const [f] = expectFires(d, 'mtu.mismatch', 'warning');
    expect(f?.message).toMatch(
      /peer link .* has MTU 1500, below .*9000, which it carries when a leg fails/,
    );
    lag(d, 'lag-core-peer').config!.mtu = 9000;
    expectQuiet(d, 'mtu.mismatch');
  });
});
