import { describe, expect, it } from 'vitest';
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

  it('fires for a cluster name over 15 characters (the limit of pvecm create)', () => {
    const d = template();
    d.clusters[0]!.name = 'a'.repeat(16);
    const [f] = expectFires(d, 'host.name-invalid', 'error');
    expect(f?.message).toMatch(/16 characters; Proxmox VE allows at most 15/);
  });

  it('is quiet for a 15-character cluster name', () => {
    const d = template();
    d.clusters[0]!.name = 'a'.repeat(15);
    expectQuiet(d, 'host.name-invalid');
  });
});
