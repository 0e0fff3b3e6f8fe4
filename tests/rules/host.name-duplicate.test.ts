import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

describe('host.name-duplicate', () => {
  it('fires for hostnames equal except for case', () => {
    const d = template();
    device(d, 'node-2').hostname = 'PVE-01';
    const [f] = expectFires(d, 'host.name-duplicate', 'error');
    expectTargets(f, [deviceTarget('node-1'), deviceTarget('node-2')]);
  });

  it('is quiet for names that differ by one character', () => {
    const d = template();
    device(d, 'node-2').hostname = 'pve-011';
    expectQuiet(d, 'host.name-duplicate');
  });
});
