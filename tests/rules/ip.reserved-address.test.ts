import { describe, expect, it } from 'vitest';
import { device, expectFires, expectQuiet, network, template } from '../support/rules';

const cephAddress = (d: ReturnType<typeof template>) =>
  device(d, 'node-1').attachments.find((a) => a.network === 'net-ceph-public')!;

describe('ip.reserved-address', () => {
  it('fires for the network and the broadcast address of a /24', () => {
    for (const [address, role] of [
      ['10.10.60.0', 'network'],
      ['10.10.60.255', 'broadcast'],
    ] as const) {
      const d = template();
      cephAddress(d).address = address;
      const [f] = expectFires(d, 'ip.reserved-address', 'error');
      expect(f?.message).toContain(`is the ${role} address`);
    }
  });

  it('is quiet just inside (.1 and .254), and on a /31 point-to-point link', () => {
    const d = template();
    cephAddress(d).address = '10.10.60.254';
    device(d, 'node-2').attachments.find((a) => a.network === 'net-ceph-public')!.address =
      '10.10.60.1';
    expectQuiet(d, 'ip.reserved-address');
    network(d, 'net-ceph-public').cidr = '10.10.60.0/31';
    cephAddress(d).address = '10.10.60.0';
    expectQuiet(d, 'ip.reserved-address');
  });
});
