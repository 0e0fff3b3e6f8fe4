import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

describe('ip.duplicate', () => {
  it('fires for an address used on two nodes (with and without prefix length)', () => {
    const d = template();
    device(d, 'node-2').attachments.find((a) => a.network === 'net-mgmt')!.address =
      '10.10.10.11/24';
    const [f] = expectFires(d, 'ip.duplicate', 'error');
    expectTargets(f, [deviceTarget('node-1'), deviceTarget('node-2')]);
  });

  it('fires for the same IPv6 address written two ways', () => {
    const d = template();
    device(d, 'node-1').attachments[0]!.address = '2001:db8::11';
    device(d, 'node-2').attachments[0]!.address = '2001:0db8:0:0:0:0:0:11';
    expectFires(d, 'ip.duplicate', 'error');
  });

  it('is quiet for neighbouring addresses', () => {
    const d = template();
    device(d, 'node-2').attachments.find((a) => a.network === 'net-mgmt')!.address = '10.10.10.10';
    expectQuiet(d, 'ip.duplicate');
  });
});
