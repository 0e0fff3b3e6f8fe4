import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  network,
  template,
} from '../support/rules';

const mgmt = (d: ReturnType<typeof template>) =>
  device(d, 'node-1').attachments.find((a) => a.network === 'net-mgmt')!;

describe('ip.outside-subnet', () => {
  it('fires for an address just outside the /24', () => {
    const d = template();
    mgmt(d).address = '10.10.11.0';
    const [f] = expectFires(d, 'ip.outside-subnet', 'error');
    expectTargets(f, [deviceTarget('node-1'), { kind: 'network', id: 'net-mgmt' }]);
  });

  it('fires for an address that does not parse', () => {
    const d = template();
    mgmt(d).address = '10.10.10.300';
    expectFires(d, 'ip.outside-subnet', 'error');
  });

  it('is quiet for the last address inside the /24', () => {
    const d = template();
    mgmt(d).address = '10.10.10.255';
    expectQuiet(d, 'ip.outside-subnet');
  });

  it('handles IPv6', () => {
    const d = template();
    network(d, 'net-mgmt').cidr = '2001:db8:10::/64';
    for (const dev of d.devices)
      for (const a of dev.attachments)
        if (a.network === 'net-mgmt')
          a.address = `2001:db8:10::${dev.id.length}${dev.id.slice(-1)}`;
    expectQuiet(d, 'ip.outside-subnet');
    mgmt(d).address = '2001:db8:11::1';
    expectFires(d, 'ip.outside-subnet', 'error');
  });
});
