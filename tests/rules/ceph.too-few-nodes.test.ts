import { describe, it } from 'vitest';
import { expectFires, expectQuiet, expectTargets, template } from '../support/rules';

describe('ceph.too-few-nodes', () => {
  it('fires for Ceph on 2 nodes', () => {
    const d = template();
    d.clusters[0]!.nodes = ['node-1', 'node-2'];
    const [f] = expectFires(d, 'ceph.too-few-nodes', 'error');
    expectTargets(f, [{ kind: 'cluster', id: 'cluster-1' }]);
  });

  it('is quiet on 3 nodes, and for 2 nodes without Ceph', () => {
    expectQuiet(template(), 'ceph.too-few-nodes');
    const d = template();
    d.clusters[0]!.nodes = ['node-1', 'node-2'];
    d.clusters[0]!.ceph.enabled = false;
    expectQuiet(d, 'ceph.too-few-nodes');
  });
});
