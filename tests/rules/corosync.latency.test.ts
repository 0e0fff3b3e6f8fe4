import { describe, it } from 'vitest';
import type { Design } from '../../shared/model';
import { expectFires, expectQuiet, expectTargets, network, template } from '../support/rules';

function latency(ms: number, name = 'pve-hci-3node'): Design {
  const d = template(name);
  network(d, 'net-corosync0').latencyMs = ms;
  return d;
}

describe('corosync.latency', () => {
  it('3 nodes: quiet at 5 ms', () => expectQuiet(latency(5), 'corosync.latency'));
  it('3 nodes: warning above 5 ms', () => {
    const [f] = expectFires(latency(5.1), 'corosync.latency', 'warning');
    expectTargets(f, [{ kind: 'network', id: 'net-corosync0' }]);
  });
  it('3 nodes: still a warning at 10 ms', () =>
    expectFires(latency(10), 'corosync.latency', 'warning'));
  it('3 nodes: error above 10 ms', () => expectFires(latency(10.1), 'corosync.latency', 'error'));
  it('5 nodes: quiet at 5 ms', () =>
    expectQuiet(latency(5, 'pve-hci-5node-storage'), 'corosync.latency'));
  it('5 nodes: error above 5 ms', () =>
    expectFires(latency(5.1, 'pve-hci-5node-storage'), 'corosync.latency', 'error'));

  it('judges any network carrying a corosync link, the management network included', () => {
    const d = template();
    const mgmt = d.networks.find((n) => n.id === 'net-mgmt')!;
    mgmt.latencyMs = 12;
    expectQuiet(d, 'corosync.latency'); // no corosync link rides on it yet
    for (const node of d.devices.filter((x) => x.role === 'server')) {
      const a = node.attachments.find((x) => x.network === 'net-mgmt')!;
      a.corosync = { link: 2, priority: 5 };
    }
    const [f] = expectFires(d, 'corosync.latency', 'error');
    expectTargets(f, [{ kind: 'network', id: 'net-mgmt' }]);
  });
});
