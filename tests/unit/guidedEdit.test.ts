import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, findModel } from '../../shared/catalog';
import {
  addCable,
  addDevice,
  allowVlan,
  autoCableLabel,
  cableLabelProblem,
  copyDevices,
  createLag,
  createMlagPair,
  createMlagPairWithPeerLink,
  networkUsage,
  pasteDevices,
  proposePeerLink,
  quickFixFor,
  removeNetwork,
} from '../../shared/edit';
import { checkReferences } from '../../shared/format/references';
import type { Design } from '../../shared/model';
import { cableName, compareNatural, sortByName } from '../../shared/model';
import { validate } from '../../shared/rules';
import type { Finding } from '../../shared/rules/finding';
import { minimalDesign, template } from '../support/designs';

const model = (id: string) => findModel(BUILTIN_CATALOG, id);
const edit = (design: Design, recipe: (d: Design) => void) => produce(design, recipe);

function rack() {
  const ids = { core1: '', core2: '', node: '', node2: '', mgmt: '', fw: '' };
  const design = edit(minimalDesign(), (d) => {
    ids.core1 = addDevice(d, model('nvidia-sn2010'), { x: 0, y: 0 });
    ids.core2 = addDevice(d, model('nvidia-sn2010'), { x: 400, y: 0 });
    ids.node = addDevice(d, model('dell-r660'), { x: 0, y: 300 });
    ids.node2 = addDevice(d, model('dell-r660'), { x: 400, y: 300 });
    ids.mgmt = addDevice(d, model('aruba-1930-24g'), { x: 800, y: 0 });
    ids.fw = addDevice(d, model('fortinet-fg-100f'), { x: 0, y: -300 });
  });
  return { design, ...ids };
}

describe('natural sort', () => {
  it('reads digit runs as numbers, ignores case, and is total', () => {
    const names = ['pve-10', 'pve-2', 'PVE-1', 'pve-01', 'core-02', 'pve-11'];
    expect([...names].sort(compareNatural)).toEqual([
      'core-02',
      'PVE-1',
      'pve-01',
      'pve-2',
      'pve-10',
      'pve-11',
    ]);
    expect(compareNatural('a', 'A')).not.toBe(0);
    expect(sortByName([{ h: 'n10' }, { h: 'n9' }], (x) => x.h).map((x) => x.h)).toEqual([
      'n9',
      'n10',
    ]);
  });

  it('orders findings of one rule by the hostnames they name', () => {
    const design = template();
    // Twelve nodes' worth of one finding: unsuppressable duplicates named pve-1 .. pve-12.
    const node = design.devices.find((x) => x.id === 'node-1')!;
    const many = edit(design, (d) => {
      for (let i = 0; i < 12; i++) {
        const copy = structuredClone(node);
        copy.id = `extra-${i}`;
        copy.hostname = `pve-${i + 1}`;
        copy.attachments = [];
        d.devices.push(copy);
      }
    });
    const named = validate(many)
      .filter((f) => f.ruleId === 'mgmt.not-connected')
      .map((f) => /pve-\d+/.exec(f.message)?.[0]);
    expect(named.length).toBeGreaterThan(10);
    const sorted = [...named].sort((a, b) => compareNatural(a!, b!));
    expect(named).toEqual(sorted);
    expect(named.indexOf('pve-2')).toBeLessThan(named.indexOf('pve-10'));
  });
});

describe('cable labels', () => {
  it('a drawn cable gets the templates’ scheme: N1-A, N1-B, PEER-1, M-…, FW-HA1', () => {
    const { design, core1, core2, node, mgmt, fw } = rack();
    const next = edit(design, (d) => {
      addCable(
        d,
        { device: node, port: 'ens1f0' },
        { device: core1, port: 'swp1' },
        'dac-passive',
        2,
      );
      addCable(
        d,
        { device: core2, port: 'swp1' },
        { device: node, port: 'ens1f1' },
        'dac-passive',
        2,
      );
      addCable(
        d,
        { device: core1, port: 'swp21' },
        { device: core2, port: 'swp21' },
        'dac-passive',
        1,
      );
      addCable(d, { device: node, port: 'idrac' }, { device: mgmt, port: '1' }, 'cat6a', 3);
      addCable(d, { device: mgmt, port: '25' }, { device: core1, port: 'swp16' }, 'mmf-om4', 3);
      addCable(d, { device: fw, port: 'x1' }, { device: core1, port: 'swp17' }, 'mmf-om4', 3);
    });
    expect(next.cables.map((c) => c.label)).toEqual([
      'N1-A',
      'N1-B',
      'PEER-1',
      'M-PVE-01-IDRAC',
      'MGMT-UPLINK',
      'FW1-A',
    ]);
  });

  it('never repeats a label, even one typed by hand; a duplicate is refused with the other cable named', () => {
    const { design, core1, node } = rack();
    const one = edit(design, (d) => {
      addCable(
        d,
        { device: node, port: 'ens1f0' },
        { device: core1, port: 'swp1' },
        'dac-passive',
        2,
      );
      d.cables[0]!.label = 'n1-b';
    });
    expect(
      autoCableLabel(one, { device: node, port: 'ens1f1' }, { device: core1, port: 'swp2' }),
    ).toBe('N1-A');
    const two = edit(one, (d) => {
      addCable(
        d,
        { device: node, port: 'ens1f1' },
        { device: core1, port: 'swp2' },
        'dac-passive',
        2,
      );
    });
    expect(
      autoCableLabel(two, { device: node, port: 'ens2f0' }, { device: core1, port: 'swp3' }),
    ).toBe('N1-C');
    const second = two.cables[1]!.id;
    expect(cableLabelProblem(two, second, 'N1-B')).toBe(
      '“N1-B” is already the label of pve-01:ens1f0 ↔ core-01:swp1',
    );
    expect(cableLabelProblem(two, second, 'N1-A')).toBeNull();
    expect(cableLabelProblem(two, second, undefined)).toBeNull();
  });

  it('pasted cables get fresh labels', () => {
    const { design, core1, node } = rack();
    const cabled = edit(design, (d) => {
      addCable(
        d,
        { device: node, port: 'ens1f0' },
        { device: core1, port: 'swp1' },
        'dac-passive',
        2,
      );
    });
    const clip = copyDevices(cabled, [node, core1]);
    const pasted = edit(cabled, (d) => {
      pasteDevices(d, clip, { x: 50, y: 50 });
    });
    const labels = pasted.cables.map((c) => c.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels[1]).toBe('N3-A');
  });

  it('messages name a cable by its label, or by its ends, never by its id', () => {
    const host = (id: string) => ({ a: 'pve-01', b: 'core-01' })[id];
    const cable = {
      id: 'cable-1',
      a: { device: 'a', port: 'eno1' },
      b: { device: 'b', port: 'swp1' },
      media: 'cat6a' as const,
      lengthM: 1,
    };
    expect(cableName(cable, host)).toBe('pve-01:eno1 ↔ core-01:swp1');
    expect(cableName({ ...cable, label: 'N1-A' }, host)).toBe('N1-A');
    const design = edit(template(), (d) => {
      for (const c of d.cables) delete c.label;
      d.cables[0]!.lengthM = 500;
    });
    const messages = validate(design).map((f) => f.message);
    expect(messages.some((m) => m.includes('core-01:swp21 ↔ core-02:swp21'))).toBe(true);
    expect(messages.filter((m) => /\bcab-/.test(m))).toEqual([]);
  });
});

describe('guided MLAG', () => {
  it('proposes the last two fastest free ports, the same on both switches', () => {
    const { design, core1, core2 } = rack();
    const proposal = proposePeerLink(design, core1, core2)!;
    expect(proposal.problem).toBeNull();
    expect(proposal.legs).toEqual([
      [
        { device: core1, port: 'swp21' },
        { device: core2, port: 'swp21' },
      ],
      [
        { device: core1, port: 'swp22' },
        { device: core2, port: 'swp22' },
      ],
    ]);
    const busy = edit(design, (d) => {
      addCable(
        d,
        { device: core1, port: 'swp22' },
        { device: core2, port: 'swp19' },
        'dac-passive',
        1,
      );
    });
    expect(proposePeerLink(busy, core1, core2)!.legs).toEqual([
      [
        { device: core1, port: 'swp20' },
        { device: core2, port: 'swp20' },
      ],
      [
        { device: core1, port: 'swp21' },
        { device: core2, port: 'swp21' },
      ],
    ]);
  });

  it('makes pair, cables and peer-link LAG in one edit, which validates clean of peer-link findings', () => {
    const { design, core1, core2 } = rack();
    const legs = proposePeerLink(design, core1, core2)!.legs;
    const next = edit(design, (d) => {
      const r = createMlagPairWithPeerLink(d, core1, core2, legs, { catalog: BUILTIN_CATALOG });
      expect(r).toHaveProperty('id');
    });
    expect(next.mlagPairs).toHaveLength(1);
    const pair = next.mlagPairs[0]!;
    const lag = next.lags.find((l) => l.id === pair.peerLinkLag)!;
    expect(lag).toMatchObject({
      name: 'peerlink',
      mode: 'lacp',
      lacpRate: 'fast',
      config: { mode: 'trunk', taggedVlans: 'all', mtu: 9216 },
    });
    expect(lag.members.map((m) => `${m.device}:${m.port}`)).toEqual([
      `${core1}:swp21`,
      `${core1}:swp22`,
      `${core2}:swp21`,
      `${core2}:swp22`,
    ]);
    expect(next.cables.map((c) => c.label)).toEqual(['PEER-1', 'PEER-2']);
    expect(checkReferences(next)).toEqual([]);
    const ids = validate(next).map((f) => f.ruleId);
    expect(ids).not.toContain('mlag.peer-link-missing');
    expect(ids).not.toContain('mlag.peer-link-single');
  });

  it('changes nothing when the legs are impossible, and asks when it cannot choose', () => {
    const { design, core1, core2, node } = rack();
    const next = edit(design, (d) => {
      const r = createMlagPairWithPeerLink(
        d,
        core1,
        core2,
        [
          [
            { device: core1, port: 'swp21' },
            { device: node, port: 'ens1f0' },
          ],
        ],
        { catalog: BUILTIN_CATALOG },
      );
      expect(r).toEqual({ problem: 'each peer-link cable joins the two switches of the pair' });
    });
    expect(next).toBe(design);
    // Every data port of one switch taken: no proposal, a reason instead.
    const full = edit(design, (d) => {
      const sw = d.devices.find((x) => x.id === core2)!;
      d.lags.push({
        id: 'lag-x',
        name: 'x',
        mode: 'lacp',
        members: sw.ports
          .filter((p) => p.role === 'service')
          .map((p) => ({ device: core2, port: p.name })),
      });
    });
    const p = proposePeerLink(full, core1, core2)!;
    expect(p.legs).toEqual([]);
    expect(p.problem).toBe('core-02 has no free data port for a peer link');
  });
});

describe('one-click fixes', () => {
  const finding = (d: Design, rule: string): Finding => {
    const f = validate(d).find((x) => x.ruleId === rule);
    if (!f) throw new Error(`no ${rule} finding`);
    return f;
  };

  it('creates the switch-side MLAG LAG for a server bond, with the bond’s VLANs', () => {
    const broken = edit(template(), (d) => {
      d.lags = d.lags.filter((l) => l.id !== 'lag-core-node1');
    });
    const f = finding(broken, 'lag.switch-side-missing');
    const fix = quickFixFor(broken, f)!;
    expect(fix.label).toBe('Create the switch-side MLAG LAG');
    const fixed = edit(broken, (d) => fix.apply(d));
    const lag = fixed.lags.at(-1)!;
    expect(lag).toMatchObject({
      name: 'pve-01-bond0',
      mode: 'lacp',
      lacpRate: 'fast',
      mlagPair: 'mlag-core',
    });
    expect(lag.config).toMatchObject({ mode: 'trunk', taggedVlans: [51, 60, 61, 70, 100] });
    expect(validate(fixed).filter((x) => x.severity === 'error')).toEqual([]);
  });

  it("gives the switch-side LAG the bond's LACP rate, slow when the bond leaves it unset", () => {
    const slow = edit(template(), (d) => {
      d.lags = d.lags.filter((l) => l.id !== 'lag-core-node1');
      delete d.lags.find((l) => l.id === 'lag-node1-bond0')!.lacpRate;
    });
    const fix = quickFixFor(slow, finding(slow, 'lag.switch-side-missing'))!;
    const lag = edit(slow, (d) => fix.apply(d)).lags.at(-1)!;
    expect(lag.mode).toBe('lacp');
    expect(lag.lacpRate).toBeUndefined();
  });

  it('creates a static switch-side LAG for a balance-xor bond, and none for active-backup', () => {
    const xor = edit(template(), (d) => {
      d.lags = d.lags.filter((l) => l.id !== 'lag-core-node1');
      d.lags.find((l) => l.id === 'lag-node1-bond0')!.mode = 'balance-xor';
    });
    const fix = quickFixFor(xor, finding(xor, 'lag.switch-side-missing'))!;
    const lag = edit(xor, (d) => fix.apply(d)).lags.at(-1)!;
    expect(lag.mode).toBe('static');
    expect(lag.lacpRate).toBeUndefined();

    // An active-backup bond facing an LACP LAG: the repair is to take the ports out, which
    // needs a person; a fix that created an LACP LAG would make it worse.
    const ab = edit(template(), (d) => {
      d.lags.find((l) => l.id === 'lag-node1-bond0')!.mode = 'active-backup';
    });
    expect(quickFixFor(ab, finding(ab, 'lag.switch-side-missing'))).toBeNull();
  });

  it('allows a missing VLAN on the trunk', () => {
    const broken = edit(template(), (d) => {
      const lag = d.lags.find((l) => l.id === 'lag-core-node2')!;
      lag.config!.taggedVlans = [51, 60, 61, 100];
    });
    const fix = quickFixFor(broken, finding(broken, 'vlan.not-carried'))!;
    expect(fix.label).toBe('Allow VLAN 70 on LAG pve-02-bond0');
    const fixed = edit(broken, (d) => fix.apply(d));
    expect(fixed.lags.find((l) => l.id === 'lag-core-node2')!.config!.taggedVlans).toEqual([
      51, 60, 61, 70, 100,
    ]);
    expect(validate(fixed).filter((x) => x.ruleId === 'vlan.not-carried')).toEqual([]);
  });

  it('sets LACP fast on the bond and its switch side', () => {
    const broken = edit(template(), (d) => {
      delete d.lags.find((l) => l.id === 'lag-node1-bond0')!.lacpRate;
      d.lags.find((l) => l.id === 'lag-core-node1')!.lacpRate = 'slow';
    });
    const fix = quickFixFor(broken, finding(broken, 'corosync.bond-mode'))!;
    const fixed = edit(broken, (d) => fix.apply(d));
    expect(fixed.lags.find((l) => l.id === 'lag-node1-bond0')!.lacpRate).toBe('fast');
    expect(fixed.lags.find((l) => l.id === 'lag-core-node1')!.lacpRate).toBe('fast');
    expect(validate(fixed).filter((x) => x.ruleId === 'corosync.bond-mode')).toEqual([]);
  });

  it('declares the MLAG keepalive over the management network both switches are on', () => {
    const broken = edit(template(), (d) => {
      delete d.mlagPairs[0]!.keepalive;
    });
    const fix = quickFixFor(broken, finding(broken, 'mlag.keepalive-missing'))!;
    expect(fix.label).toBe('Keepalive over Management');
    const fixed = edit(broken, (d) => fix.apply(d));
    expect(fixed.mlagPairs[0]!.keepalive).toEqual({ network: 'net-mgmt' });
    // Without an address on it for each switch there is nothing mechanical to do.
    const unaddressed = edit(broken, (d) => {
      for (const dev of d.devices) if (dev.role === 'core-switch') dev.attachments = [];
    });
    expect(quickFixFor(unaddressed, finding(unaddressed, 'mlag.keepalive-missing'))).toBeNull();
  });

  it('offers nothing where a person must judge', () => {
    expect(allowVlan({ mode: 'access', untaggedVlan: 10 }, 20, false)).toBeNull();
    expect(allowVlan({ mode: 'access', untaggedVlan: 10 }, 20, true)).toEqual({
      mode: 'trunk',
      untaggedVlan: 10,
      taggedVlans: [20],
    });
    const f = validate(template()).find((x) => x.severity === 'info')!;
    expect(quickFixFor(template(), f)).toBeNull();
  });
});

describe('deleting a network', () => {
  it('says what goes with it, removes attachments and keepalive, and the VLAN only when asked', () => {
    const design = template();
    expect(networkUsage(design, 'net-mgmt')).toMatchObject({
      name: 'Management',
      vlan: 10,
      attachments: 9,
      devices: 7,
      keepalives: 1,
    });
    const keep = edit(design, (d) => removeNetwork(d, 'net-mgmt', { dropVlan: false }));
    expect(keep.networks.some((n) => n.id === 'net-mgmt')).toBe(false);
    expect(keep.devices.flatMap((d) => d.attachments).some((a) => a.network === 'net-mgmt')).toBe(
      false,
    );
    expect(keep.mlagPairs[0]!.keepalive).toBeUndefined();
    expect(checkReferences(keep)).toEqual([]);
    expect(keep.lags.find((l) => l.id === 'lag-core-mgmt')!.config!.taggedVlans).toEqual([10]);
    const drop = edit(design, (d) => removeNetwork(d, 'net-mgmt', { dropVlan: true }));
    expect(drop.lags.find((l) => l.id === 'lag-core-mgmt')!.config!.taggedVlans).toEqual([]);
    expect(
      drop.devices.find((d) => d.id === 'mgmt-1')!.ports.find((p) => p.name === '1')!.config!
        .untaggedVlan,
    ).toBeUndefined();
    expect(checkReferences(drop)).toEqual([]);
  });
});

it('createLag and createMlagPair still refuse what they refused', () => {
  const { design, core1, core2 } = rack();
  const next = edit(design, (d) => {
    expect(createMlagPair(d, core1, core1)).toEqual({ problem: 'pick two different switches' });
    expect(createLag(d, [])).toEqual({ problem: 'select the ports of the bond first' });
  });
  expect(next).toBe(design);
  expect(core2).not.toBe('');
});
