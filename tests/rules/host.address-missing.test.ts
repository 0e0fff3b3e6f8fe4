import { describe, it } from 'vitest';
import {
  device,
  expectFires,
  expectQuiet,
  expectTargets,
  network,
  template,
} from '../support/rules';

describe('host.address-missing', () => {
  it('fires for a node on the Ceph public network without an address there', () => {
    const d = template();
    delete device(d, 'node-1').attachments.find((a) => a.network === 'net-ceph-public')!.address;
    const [f] = expectFires(d, 'host.address-missing', 'error');
    expectTargets(f, [
      { kind: 'device', id: 'node-1' },
      { kind: 'network', id: 'net-ceph-public' },
    ]);
  });

  it('is quiet for a VM network (guests bring their own addresses) and a network without CIDR', () => {
    const d = template();
    const vm = device(d, 'node-1').attachments.find((a) => a.network === 'net-vm');
    if (vm) delete vm.address;
    delete network(d, 'net-migration').cidr;
    delete device(d, 'node-1').attachments.find((a) => a.network === 'net-migration')!.address;
    expectQuiet(d, 'host.address-missing');
  });
});
