import { describe, it } from 'vitest';
import { device, expectFires, expectQuiet, expectTargets, template } from '../support/rules';

describe('corosync.link-missing', () => {
  it('fires for a cluster node with no corosync link at all', () => {
    const d = template();
    for (const a of device(d, 'node-2').attachments) delete a.corosync;
    const [f] = expectFires(d, 'corosync.link-missing', 'error');
    expectTargets(f, [
      { kind: 'device', id: 'node-2' },
      { kind: 'cluster', id: d.clusters[0]!.id },
    ]);
  });

  it('is quiet when the node keeps a single corosync link', () => {
    const d = template();
    const links = device(d, 'node-2').attachments.filter((a) => a.corosync);
    delete links[1]!.corosync;
    expectQuiet(d, 'corosync.link-missing');
  });
});
