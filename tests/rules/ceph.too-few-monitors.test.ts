import { describe, it } from 'vitest';
import { expectFires, expectQuiet, template } from '../support/rules';

describe('ceph.too-few-monitors', () => {
  it('errs for 2 monitors', () => {
    const d = template();
    d.clusters[0]!.ceph.monitors = ['node-1', 'node-2'];
    expectFires(d, 'ceph.too-few-monitors', 'error');
  });

  it('warns for an even count (4)', () => {
    const d = template('pve-hci-5node-storage');
    d.clusters[0]!.ceph.monitors = ['node-1', 'node-2', 'node-3', 'node-4'];
    expectFires(d, 'ceph.too-few-monitors', 'warning');
  });

  it('is quiet for 3 and for 5 monitors', () => {
    expectQuiet(template(), 'ceph.too-few-monitors');
    const d = template('pve-hci-5node-storage');
    d.clusters[0]!.ceph.monitors = ['node-1', 'node-2', 'node-3', 'node-4', 'node-5'];
    expectQuiet(d, 'ceph.too-few-monitors');
  });
});
