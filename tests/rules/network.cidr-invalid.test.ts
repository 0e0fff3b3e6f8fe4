import { describe, expect, it } from 'vitest';
import { expectFires, expectQuiet, expectTargets, network, template } from '../support/rules';

describe('network.cidr-invalid', () => {
  it('fires for a prefix over 32, a bad octet, and host bits set', () => {
    for (const [cidr, problem] of [
      ['10.10.60.0/33', 'does not parse'],
      ['10.10.260.0/24', 'does not parse'],
      ['10.10.60.5/24', 'has host bits set'],
      ['2001:db8::1/64', 'has host bits set'],
    ] as const) {
      const d = template();
      network(d, 'net-ceph-public').cidr = cidr;
      const [f] = expectFires(d, 'network.cidr-invalid', 'error');
      expect(f?.message).toContain(problem);
      expectTargets(f, [{ kind: 'network', id: 'net-ceph-public' }]);
    }
  });

  it('is quiet for network addresses, a /32 host route and an IPv6 prefix', () => {
    const d = template();
    network(d, 'net-ceph-public').cidr = '10.10.60.7/32';
    network(d, 'net-migration').cidr = '2001:db8:0:70::/64';
    expectQuiet(d, 'network.cidr-invalid');
  });
});
