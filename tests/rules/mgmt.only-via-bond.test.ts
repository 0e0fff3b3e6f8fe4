import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

describe('mgmt.only-via-bond', () => {
  it('fires when the management network rides only on the bond', () => {
    const d = template();
    const a = device(d, 'node-1').attachments.find((x) => x.network === 'net-mgmt')!;
    delete a.port;
    a.lag = 'lag-node1-bond0';
    a.tagged = true;
    const [f] = expectFires(d, 'mgmt.only-via-bond', 'warning');
    expectTargets(f, [deviceTarget('node-1'), { kind: 'network', id: 'net-mgmt' }]);
  });

  it('is quiet when management also has a dedicated port', () => {
    const d = template();
    device(d, 'node-1').attachments.push({
      network: 'net-mgmt',
      lag: 'lag-node1-bond0',
      tagged: true,
    });
    expectQuiet(d, 'mgmt.only-via-bond');
  });

  it('is quiet when management rides on a dedicated bond that carries no VM or Ceph network', () => {
    const d = template();
    const node = device(d, 'node-1');
    d.lags.push({
      id: 'lag-node1-mgmt',
      name: 'bond1',
      members: [{ device: 'node-1', port: 'eno1' }],
      mode: 'active-backup',
    });
    const a = node.attachments.find((x) => x.network === 'net-mgmt')!;
    delete a.port;
    a.lag = 'lag-node1-mgmt';
    expectQuiet(d, 'mgmt.only-via-bond');
  });
});
