import { describe, it } from 'vitest';
import {
  device,
  expectFires,
  expectQuiet,
  expectTargets,
  network,
  template,
} from '../support/rules';

describe('vlan.invalid-id', () => {
  it('fires for VLAN 4095', () => {
    const d = template();
    network(d, 'net-vm').vlan = 4095;
    const found = expectFires(d, 'vlan.invalid-id', 'error');
    expectTargets(found[0], [{ kind: 'network', id: 'net-vm' }]);
  });

  it('is quiet for VLAN 4094 and VLAN 1', () => {
    const d = template();
    network(d, 'net-vm').vlan = 4094;
    network(d, 'net-migration').vlan = 1;
    expectQuiet(d, 'vlan.invalid-id');
  });

  it('fires when one switch carries two networks with the same id', () => {
    const d = template();
    d.networks.push({
      id: 'net-backup',
      name: 'Backup',
      role: 'vm',
      vlan: 60,
      mtu: 9000,
      cidr: '10.10.160.0/24',
    });
    device(d, 'node-1').attachments.push({
      network: 'net-backup',
      lag: 'lag-node1-bond0',
      tagged: true,
    });
    const found = expectFires(d, 'vlan.invalid-id', 'error', 2); // core-1 and core-2
    expectTargets(found[0], [
      { kind: 'network', id: 'net-backup' },
      { kind: 'network', id: 'net-ceph-public' },
    ]);
  });
});
