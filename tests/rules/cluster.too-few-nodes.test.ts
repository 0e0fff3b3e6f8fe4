import { describe, it } from 'vitest';
import { expectFires, expectQuiet, expectTargets, template } from '../support/rules';

describe('cluster.too-few-nodes', () => {
  it('errs for 2 nodes without a QDevice', () => {
    const d = template();
    d.clusters[0]!.nodes = ['node-1', 'node-2'];
    const [f] = expectFires(d, 'cluster.too-few-nodes', 'error');
    expectTargets(f, [{ kind: 'cluster', id: 'cluster-1' }]);
  });

  it('warns for 2 nodes with a QDevice', () => {
    const d = template();
    d.clusters[0]!.nodes = ['node-1', 'node-2'];
    d.clusters[0]!.qdevice = true;
    expectFires(d, 'cluster.too-few-nodes', 'warning');
  });

  it('errs for 1 node even with a QDevice', () => {
    const d = template();
    d.clusters[0]!.nodes = ['node-1'];
    d.clusters[0]!.qdevice = true;
    expectFires(d, 'cluster.too-few-nodes', 'error');
  });

  it('is quiet at 3 nodes', () => expectQuiet(template(), 'cluster.too-few-nodes'));
});
