import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  portTarget,
  template,
} from '../support/rules';

describe('corosync.single-nic', () => {
  it('fires when both corosync links ride on eno1', () => {
    const d = template();
    const a = device(d, 'node-1').attachments.find((x) => x.corosync?.link === 1)!;
    delete a.lag;
    a.port = 'eno1';
    const [f] = expectFires(d, 'corosync.single-nic', 'error');
    expectTargets(f, [deviceTarget('node-1'), portTarget('node-1', 'eno1')]);
  });

  it('is quiet with links on eno1 and on the bond', () =>
    expectQuiet(template(), 'corosync.single-nic'));
});
