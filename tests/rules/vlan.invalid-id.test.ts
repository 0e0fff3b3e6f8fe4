import { describe, expect, it } from 'vitest';
import {
  device,
  expectFires,
  expectQuiet,
  expectTargets,
  lag,
  network,
  port,
  portTarget,
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

  it('names each out-of-range id of a port or LAG configuration once', () => {
    const d = template();
    port(d, 'core-1', 'swp12').config = {
      mode: 'trunk',
      untaggedVlan: 5000,
      taggedVlans: [0, 60, 4095, 0],
    };
    lag(d, 'lag-core-peer').config = { mode: 'trunk', taggedVlans: [4096, 10] };
    const found = expectFires(d, 'vlan.invalid-id', 'error', 4);
    const byMessage = new Map(found.map((f) => [f.message, f.targets]));
    expect(byMessage).toEqual(
      new Map([
        ['core-01 swp12 uses VLAN 0, outside 1..4094', [portTarget('core-1', 'swp12')]],
        ['core-01 swp12 uses VLAN 4095, outside 1..4094', [portTarget('core-1', 'swp12')]],
        ['core-01 swp12 uses VLAN 5000, outside 1..4094', [portTarget('core-1', 'swp12')]],
        ['LAG peerlink uses VLAN 4096, outside 1..4094', [{ kind: 'lag', id: 'lag-core-peer' }]],
      ]),
    );
  });
});
