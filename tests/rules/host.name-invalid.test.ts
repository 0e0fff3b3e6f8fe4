import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

describe('host.name-invalid', () => {
  for (const bad of ['pve_01', '1pve', '-pve', 'pve-', 'pve.01', 'a'.repeat(64), '']) {
    it(`fires for hostname "${bad.length > 10 ? `${bad.slice(0, 6)}... (${bad.length})` : bad}"`, () => {
      const d = template();
      device(d, 'node-1').hostname = bad;
      const [f] = expectFires(d, 'host.name-invalid', 'error');
      expectTargets(f, [deviceTarget('node-1')]);
    });
  }

  it('fires for an invalid cluster name', () => {
    const d = template();
    d.clusters[0]!.name = 'hci cluster';
    expectFires(d, 'host.name-invalid', 'error');
  });

  it('is quiet for 63-character and one-letter names, mixed case', () => {
    const d = template();
    device(d, 'node-1').hostname = `P${'v'.repeat(61)}1`;
    device(d, 'node-2').hostname = 'x';
    expectQuiet(d, 'host.name-invalid');
  });
});
