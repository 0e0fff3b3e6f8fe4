import { describe, expect, it } from 'vitest';
import { loadDesign, serializeDesign } from '../../shared/format';
import { Design } from '../../shared/model';
import { summarize, validate } from '../../shared/rules';
import {
  FAST_UPLINK_MAX_NODES,
  TEMPLATES,
  STORAGE_NICS_MAX_NODES,
  WIZARD_MAX_NODES,
  buildFromWizard,
  findTemplate,
} from '../../shared/templates';

describe('templates', () => {
  it('lists the reference templates and the empty design', () => {
    expect(TEMPLATES.map((t) => t.name)).toEqual([
      'pve-hci-3node',
      'pve-hci-5node-storage',
      'empty',
    ]);
  });

  for (const info of TEMPLATES) {
    it(`${info.name} is schema-valid and loads back unchanged`, () => {
      const design = info.build();
      expect(Design.parse(design)).toEqual(design);
      const loaded = loadDesign(serializeDesign(design));
      expect(loaded).toEqual({ ok: true, design });
    });

    it(`${info.name} is stable: two builds give identical text`, () => {
      expect(serializeDesign(info.build())).toBe(serializeDesign(info.build()));
    });
  }

  it('pve-hci-3node is the smallest sound HCI reference topology', () => {
    const d = findTemplate('pve-hci-3node')!.build();
    const byRole = (role: string) => d.devices.filter((x) => x.role === role).length;
    expect([
      byRole('firewall'),
      byRole('core-switch'),
      byRole('mgmt-switch'),
      byRole('server'),
    ]).toEqual([2, 2, 1, 3]);
    expect(d.mlagPairs).toHaveLength(1);
    const peer = d.lags.find((l) => l.id === d.mlagPairs[0]!.peerLinkLag)!;
    const peerCables = d.cables.filter(
      (c) =>
        c.a.device === 'core-1' &&
        c.b.device === 'core-2' &&
        peer.members.some((m) => m.device === 'core-1' && m.port === c.a.port),
    );
    expect(peerCables).toHaveLength(2);
    const haCables = d.cables.filter((c) => c.a.device === 'fw-1' && c.b.device === 'fw-2');
    expect(haCables.map((c) => c.a.port).sort()).toEqual(['ha1', 'ha2']);
    expect(d.haPairs).toEqual([{ id: 'ha-fw', firewalls: ['fw-1', 'fw-2'] }]);
    // Every node: 2 x 25G bond with one leg on each core switch; corosync link 0 on eno1.
    for (const node of d.devices.filter((x) => x.role === 'server')) {
      const legs = d.cables.filter((c) => c.a.device === node.id && c.a.port.startsWith('ens1f'));
      expect(legs.map((c) => c.b.device).sort()).toEqual(['core-1', 'core-2']);
      const link0 = node.attachments.find((a) => a.corosync?.link === 0)!;
      expect(link0.port).toBe('eno1');
      const onEno1 = node.attachments.filter((a) => a.port === 'eno1').map((a) => a.network);
      expect(onEno1.sort()).toEqual(['net-corosync0', 'net-mgmt']);
      const link1 = node.attachments.find((a) => a.corosync?.link === 1)!;
      expect(link1.lag).toBe(`lag-${node.id.replace('-', '')}-bond0`);
      expect(link1.corosync!.priority).toBeLessThan(link0.corosync!.priority);
    }
  });

  it('pve-hci-5node-storage puts the Ceph cluster network on its own bond', () => {
    const d = findTemplate('pve-hci-5node-storage')!.build();
    expect(d.devices.filter((x) => x.role === 'server')).toHaveLength(5);
    for (const node of d.devices.filter((x) => x.role === 'server')) {
      const cluster = node.attachments.find((a) => a.network === 'net-ceph-cluster')!;
      const pub = node.attachments.find((a) => a.network === 'net-ceph-public')!;
      expect(cluster.lag).toMatch(/bond1$/);
      expect(pub.lag).toMatch(/bond0$/);
    }
  });
});

describe('the New design wizard', () => {
  it('every combination of nodes, Ceph and storage NICs gives a design without errors or warnings', () => {
    for (const ceph of [true, false]) {
      for (const storageNics of [false, true]) {
        for (const nodes of [3, 4, 7, 12, 20, 21, 22, 23, WIZARD_MAX_NODES]) {
          // Separate storage NICs need a second core port per node: offered up to 22 nodes.
          if (storageNics && nodes > STORAGE_NICS_MAX_NODES) continue;
          const design = buildFromWizard({ nodes, ceph, storageNics });
          const summary = summarize(validate(design));
          expect({ nodes, ceph, storageNics, ...summary }).toMatchObject({
            errors: 0,
            warnings: 0,
          });
          expect(design.clusters[0]!.nodes).toHaveLength(nodes);
          expect(design.clusters[0]!.ceph.enabled).toBe(ceph);
          expect(design.networks.some((n) => n.role === 'ceph-public')).toBe(ceph);
        }
      }
    }
  });

  it('goes up to the cluster ceiling of 32 nodes: two management switches, servers in rows', () => {
    expect(WIZARD_MAX_NODES).toBe(32);
    expect(STORAGE_NICS_MAX_NODES).toBe(22);
    const design = buildFromWizard({ nodes: 32, ceph: true, storageNics: false });
    expect(summarize(validate(design))).toMatchObject({ errors: 0, warnings: 0 });
    expect(design.devices.filter((d) => d.role === 'mgmt-switch').map((d) => d.hostname)).toEqual([
      'mgmt-sw-01',
      'mgmt-sw-02',
    ]);
    const ys = new Set(
      design.devices
        .filter((d) => d.role === 'server')
        .map((d) => design.layout.positions[d.id]!.y),
    );
    expect(ys.size).toBe(4);
    const xs = Object.values(design.layout.positions).map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(4000);
    expect(() => buildFromWizard({ nodes: 23, ceph: true, storageNics: true })).toThrow(
      /storage NICs fit 22 nodes/,
    );
  });

  it('100G uplinks: every node count up to six gives a clean design on QSFP28 ports', () => {
    for (const ceph of [true, false]) {
      for (let nodes = 3; nodes <= FAST_UPLINK_MAX_NODES; nodes++) {
        const design = buildFromWizard({ nodes, ceph, storageNics: true, uplinkGbps: 100 });
        expect({ nodes, ceph, ...summarize(validate(design)) }).toMatchObject({
          errors: 0,
          warnings: 0,
        });
        const bond = design.lags.find((l) => l.name === 'bond0')!;
        expect(bond.members.map((m) => m.port)).toEqual(['ens3f0', 'ens3f1']);
        // Storage NICs need 25G ports the 100G plan does not reserve: left out.
        expect(design.lags.some((l) => l.name === 'bond1')).toBe(false);
      }
    }
    expect(() =>
      buildFromWizard({ nodes: 7, ceph: true, storageNics: false, uplinkGbps: 100 }),
    ).toThrow(/100G uplinks fit 6 nodes/);
  });
});
