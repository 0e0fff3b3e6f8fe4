import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

describe('corosync.no-dedicated-link', () => {
  it('fires when the VM network joins corosync link 0 on eno1', () => {
    const d = template();
    device(d, 'node-1').attachments.push({ network: 'net-vm', port: 'eno1', tagged: true });
    const [f] = expectFires(d, 'corosync.no-dedicated-link', 'warning');
    expectTargets(f, [deviceTarget('node-1')]);
  });

  it('is quiet when the link shares its port with management only', () =>
    expectQuiet(template(), 'corosync.no-dedicated-link'));
});
