import { describe, expect, it } from 'vitest';
import { device, expectFires, expectQuiet, template } from '../support/rules';

describe('corosync.link-inconsistent', () => {
  it('fires when a node lacks link 1 that the other nodes have', () => {
    const d = template();
    const link1 = device(d, 'node-3').attachments.find((a) => a.corosync?.link === 1)!;
    delete link1.corosync;
    const [f] = expectFires(d, 'corosync.link-inconsistent', 'warning');
    expect(f?.message).toMatch(/corosync link 1 of cluster .* is missing on pve-03/);
  });

  it('fires when link 0 rides on another network on one node', () => {
    const d = template();
    const node3 = device(d, 'node-3');
    const link0 = node3.attachments.find((a) => a.corosync?.link === 0)!;
    const link1 = node3.attachments.find((a) => a.corosync?.link === 1)!;
    link0.corosync = { link: 1, priority: 20 };
    link1.corosync = { link: 0, priority: 10 };
    expectFires(d, 'corosync.link-inconsistent', 'warning', 2); // link 0 and link 1 both
  });

  it('is quiet when every node has the same links on the same networks (priorities may differ)', () => {
    const d = template();
    device(d, 'node-3').attachments.find((a) => a.corosync?.link === 1)!.corosync!.priority = 15;
    expectQuiet(d, 'corosync.link-inconsistent');
  });
});
