import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

describe('corosync.no-redundant-link', () => {
  it('fires for a node with only one corosync link', () => {
    const d = template();
    const node = device(d, 'node-1');
    node.attachments = node.attachments.filter((a) => a.corosync?.link !== 1);
    const [f] = expectFires(d, 'corosync.no-redundant-link', 'warning');
    expectTargets(f, [deviceTarget('node-1')]);
  });

  it('reports a node once when two clusters list it', () => {
    const d = template();
    const node = device(d, 'node-1');
    node.attachments = node.attachments.filter((a) => a.corosync?.link !== 1);
    d.clusters.push({ ...structuredClone(d.clusters[0]!), id: 'cluster-copy', name: 'copy' });
    expectFires(d, 'corosync.no-redundant-link', 'warning');
  });

  it('is quiet with two links', () => expectQuiet(template(), 'corosync.no-redundant-link'));
});
