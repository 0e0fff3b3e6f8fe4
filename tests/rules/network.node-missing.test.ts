import { describe, expect, it } from 'vitest';
import { summarize, validate } from '../../shared/rules';
import { device, expectFires, expectQuiet, expectTargets, template } from '../support/rules';

describe('network.node-missing', () => {
  it('fires for a node without the migration network its peers have', () => {
    const d = template();
    const node = device(d, 'node-2');
    node.attachments = node.attachments.filter((a) => a.network !== 'net-migration');
    const [f] = expectFires(d, 'network.node-missing', 'warning');
    expectTargets(f, [
      { kind: 'device', id: 'node-2' },
      { kind: 'network', id: 'net-migration' },
    ]);
  });

  it('is quiet when every node has the same networks, and ignores VM networks', () => {
    const d = template();
    expectQuiet(d, 'network.node-missing');
    const node = device(d, 'node-2');
    node.attachments = node.attachments.filter((a) => a.network !== 'net-vm');
    expectQuiet(d, 'network.node-missing');
  });

  it('an unfinished hand-built design is not "0 errors": no corosync, two bare nodes, no switch-side LAGs', () => {
    const d = template();
    d.networks = d.networks.filter((n) => n.role !== 'corosync');
    for (const node of d.devices) {
      node.attachments = node.attachments.filter(
        (a) => d.networks.some((n) => n.id === a.network) && !a.corosync,
      );
      if (node.id === 'node-2' || node.id === 'node-3') node.attachments = [];
    }
    d.lags = d.lags.filter((l) => !l.id.startsWith('lag-core-node'));
    const summary = summarize(validate(d));
    expect(summary.errors).toBeGreaterThan(0);
  });
});
