import { describe, it } from 'vitest';
import { deviceTarget, expectFires, expectQuiet, expectTargets, template } from '../support/rules';

describe('ceph.public-cluster-same-link', () => {
  it('fires for each node of the 3-node reference (both ride on bond0)', () => {
    const found = expectFires(template(), 'ceph.public-cluster-same-link', 'info', 3);
    expectTargets(found[0], [deviceTarget('node-1')]);
  });

  it('is quiet with the cluster network on its own bond', () =>
    expectQuiet(template('pve-hci-5node-storage'), 'ceph.public-cluster-same-link'));
});
