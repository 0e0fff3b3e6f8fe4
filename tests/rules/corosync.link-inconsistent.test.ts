import { describe, expect, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

const link = (d: ReturnType<typeof template>, node: string, n: number) =>
  device(d, node).attachments.find((a) => a.corosync?.link === n)!;

describe('corosync.link-inconsistent', () => {
  it('fires when a node lacks link 1 that the other nodes have', () => {
    const d = template();
    delete link(d, 'node-3', 1).corosync;
    const [f] = expectFires(d, 'corosync.link-inconsistent', 'warning');
    expect(f?.message).toMatch(/corosync link 1 of cluster .* is missing on pve-03/);
  });

  it('fires when link 0 rides on another network on one node', () => {
    const d = template();
    const link0 = link(d, 'node-3', 0);
    const link1 = link(d, 'node-3', 1);
    // Swapped numbers, each keeping the priority its number has on the other nodes.
    link0.corosync = { link: 1, priority: 10 };
    link1.corosync = { link: 0, priority: 20 };
    const found = expectFires(d, 'corosync.link-inconsistent', 'warning', 2); // link 0 and link 1
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/link 0 .* rides on different networks/),
      expect.stringMatching(/link 1 .* rides on different networks/),
    ]);
  });

  it('fires when one link number carries different priorities on different nodes', () => {
    const d = template();
    link(d, 'node-3', 1).corosync!.priority = 15;
    const [f] = expectFires(d, 'corosync.link-inconsistent', 'warning');
    expect(f?.message).toBe(
      'corosync link 1 of cluster pve-hci has different priorities: 10 on pve-01, pve-02; 15 on pve-03',
    );
    expectTargets(f, [
      { kind: 'cluster', id: d.clusters[0]!.id },
      { kind: 'network', id: 'net-corosync1' },
      deviceTarget('node-1'),
      deviceTarget('node-2'),
      deviceTarget('node-3'),
    ]);
    expect(f?.hint).toMatch(/one priority on every node.*knet_link_priority/);
  });

  it('names each priority once, with every node that uses it', () => {
    const d = template();
    link(d, 'node-1', 0).corosync!.priority = 30;
    link(d, 'node-3', 0).corosync!.priority = 30;
    const [f] = expectFires(d, 'corosync.link-inconsistent', 'warning');
    expect(f?.message).toMatch(/link 0 .*: 30 on pve-01, pve-03; 20 on pve-02$/);
  });

  it('is quiet when a priority changes on every node alike', () => {
    const d = template();
    for (const node of ['node-1', 'node-2', 'node-3']) link(d, node, 1).corosync!.priority = 15;
    expectQuiet(d, 'corosync.link-inconsistent');
  });

  it('is quiet for the template: same links, networks and priorities on every node', () =>
    expectQuiet(template(), 'corosync.link-inconsistent'));
});
