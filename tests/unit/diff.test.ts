import { describe, expect, it } from 'vitest';
import type { DesignChange } from '../../shared/compare';
import { diffDesigns, diffMarkdown, diffText } from '../../shared/compare';
import type { Design } from '../../shared/model';
import { template } from '../support/designs';

const texts = (changes: DesignChange[]) => changes.map((c) => c.text);

function edited(edit: (d: Design) => void): [Design, Design] {
  const before = template();
  const after = structuredClone(before);
  edit(after);
  return [before, after];
}

describe('design diff', () => {
  it('finds nothing between a design and itself, or a copy of it', () => {
    const design = template();
    expect(diffDesigns(design, design)).toEqual([]);
    expect(diffDesigns(design, structuredClone(design), { layout: true })).toEqual([]);
  });

  it('ignores layout-only changes unless asked', () => {
    const [before, after] = edited((d) => {
      d.layout.positions['node-1'] = { x: 1234, y: 56 };
    });
    expect(diffDesigns(before, after)).toEqual([]);
    const changes = diffDesigns(before, after, { layout: true });
    expect(changes).toMatchObject([
      { kind: 'moved', entity: 'layout', id: 'node-1', targets: ['node-1'] },
    ]);
    expect(changes[0]!.text).toMatch(
      /^pve-01 moved on the canvas from \(\d+, \d+\) to \(1234, 56\)$/,
    );
  });

  it('reports devices added, removed and changed, with ports and addresses', () => {
    const [before, after] = edited((d) => {
      const node3 = d.devices.find((x) => x.id === 'node-3')!;
      d.devices.push({ ...structuredClone(node3), id: 'node-4', hostname: 'pve-04' });
      d.cables.push({
        id: 'cab-node4-core1',
        a: { device: 'node-4', port: 'ens1f0' },
        b: { device: 'core-1', port: 'swp4' },
        media: 'dac-passive',
        lengthM: 3,
        label: 'N4-A',
      });
      d.devices = d.devices.filter((x) => x.id !== 'fw-2');
      const node1 = d.devices.find((x) => x.id === 'node-1')!;
      node1.hostname = 'pve-01a';
      node1.ports.push({
        name: 'ens2f0',
        type: '25gbase-x-sfp28',
        role: 'service',
        speeds: [10, 25],
      });
      node1.ports = node1.ports.filter((p) => p.name !== 'eno2');
      node1.ports.find((p) => p.name === 'ens1f0')!.config = { mtu: 9000 };
      node1.attachments.find((a) => a.network === 'net-mgmt')!.address = '10.10.10.111';
      node1.server!.ramGiB = 768;
    });
    const changes = diffDesigns(before, after);
    expect(texts(changes)).toEqual(
      expect.arrayContaining([
        'device pve-04 added (server, 5 ports, 1 cabled)',
        expect.stringMatching(/^device fw-02 removed \(firewall, 29 ports, \d+ cabled\)$/),
        'device pve-01a: hostname pve-01 -> pve-01a',
        expect.stringMatching(/^device pve-01a: RAM \(GiB\) \d+ -> 768$/),
        'port pve-01a:ens2f0 added (25gbase-x-sfp28, service)',
        'port pve-01a:eno2 removed (1000base-t, service)',
        'port pve-01a:ens1f0: MTU (none) -> 9000',
        'attachment pve-01a on Management via eno1: address 10.10.10.11 -> 10.10.10.111',
        'cable N4-A added (pve-04:ens1f0 - core-01:swp4)',
      ]),
    );
    expect(changes.find((c) => c.id === 'node-1#ens1f0')).toMatchObject({
      entity: 'port',
      field: 'config.mtu',
      targets: ['node-1', 'node-1#ens1f0'],
    });
  });

  it('reports cables moved and changed', () => {
    const [before, after] = edited((d) => {
      const n1a = d.cables.find((c) => c.label === 'N1-A')!;
      n1a.b = { device: 'core-2', port: 'swp5' };
      const n2a = d.cables.find((c) => c.label === 'N2-A')!;
      n2a.lengthM = 5;
      n2a.media = 'aoc';
      d.cables = d.cables.filter((c) => c.label !== 'N3-B');
    });
    expect(texts(diffDesigns(before, after))).toEqual([
      'cable N1-A moved from core-01:swp1 to core-02:swp5',
      expect.stringMatching(/^cable N2-A: media [\w-]+ -> aoc$/),
      expect.stringMatching(/^cable N2-A: length \(m\) [\d.]+ -> 5$/),
      'cable N3-B removed (pve-03:ens1f1 - core-02:swp3)',
    ]);
  });

  it('reports LAGs, networks, clusters, suppressions and design details', () => {
    const [before, after] = edited((d) => {
      const lag = d.lags.find((l) => l.id === 'lag-core-peer')!;
      lag.members = lag.members.filter((m) => m.port !== 'swp22');
      lag.lacpRate = 'slow';
      d.networks.find((n) => n.id === 'net-mgmt')!.vlan = 11;
      d.networks.push({ id: 'net-backup', name: 'Backup', role: 'vm', vlan: 70, mtu: 1500 });
      const cluster = d.clusters[0]!;
      cluster.nodes = ['node-1', 'node-2'];
      cluster.name = 'pve-prod';
      d.suppressions.push({ rule: 'cable.too-long', reason: 'measured on site' });
      d.meta.revision = '2';
    });
    const changes = texts(diffDesigns(before, after));
    expect(changes).toEqual(
      expect.arrayContaining([
        'LAG peerlink: members - core-01:swp22, core-02:swp22',
        'LAG peerlink: LACP rate fast -> slow',
        'network Management: VLAN 10 -> 11',
        'network Backup added (vm, VLAN 70)',
        'cluster pve-prod: name pve-hci -> pve-prod',
        'cluster pve-prod: nodes - pve-03',
        'suppression cable.too-long added (reason: measured on site)',
        'design: revision 1 -> 2',
      ]),
    );
  });

  it('reports fields the model does not know yet, by their path', () => {
    const [before, after] = edited((d) => {
      (d.devices[0] as unknown as Record<string, unknown>).rack = { name: 'R1', unit: 12 };
      (d as unknown as Record<string, unknown>).racks = [{ id: 'rack-1', name: 'R1' }];
    });
    expect(texts(diffDesigns(before, after))).toEqual([
      'device fw-01: rack.name (none) -> R1',
      'device fw-01: rack.unit (none) -> 12',
      'racks R1 added',
    ]);
  });

  it('prints text and markdown for people', () => {
    const [before, after] = edited((d) => {
      d.networks.find((n) => n.id === 'net-mgmt')!.name = 'Mgmt | *OOB*';
    });
    const changes = diffDesigns(before, after);
    expect(diffText(changes, 'r1.json', 'r2.json')).toBe(
      'r1.json -> r2.json: 1 change (1 changed)\n\nNetworks:\n  ~ network Mgmt | *OOB*: name Management -> Mgmt | *OOB*\n',
    );
    const markdown = diffMarkdown(changes, 'r1.json', 'r2.json');
    expect(markdown).toContain('### Networks');
    expect(markdown).toContain(
      '- network Mgmt \\| \\*OOB\\*: name Management -> Mgmt \\| \\*OOB\\*',
    );
  });
});
