import { describe, it } from 'vitest';
import {
  expectFires,
  expectQuiet,
  expectTargets,
  lag,
  port,
  portTarget,
  template,
} from '../support/rules';

describe('vlan.not-carried', () => {
  it('fires on both MLAG legs when the switch LAG does not allow a tagged VLAN', () => {
    const d = template();
    const config = lag(d, 'lag-core-node1').config!;
    config.taggedVlans = (config.taggedVlans as number[]).filter((v) => v !== 60);
    const found = expectFires(d, 'vlan.not-carried', 'error', 2);
    expectTargets(found[0], [{ kind: 'network', id: 'net-ceph-public' }]);
    expectTargets(
      found.find((f) => f.message.includes('core-02')),
      [portTarget('core-2', 'swp1')],
    );
  });

  it('fires when the untagged VLAN differs from the one the host sends untagged', () => {
    const d = template();
    port(d, 'mgmt-1', '5').config!.untaggedVlan = 11; // node-1 eno1 lands on mgmt port 5
    expectFires(d, 'vlan.not-carried', 'error');
  });

  it('is quiet when every leg allows every VLAN its hosts use', () =>
    expectQuiet(template(), 'vlan.not-carried'));
});
