import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GenerateResult, GeneratedFile } from '../../shared/generate';
import { formatMissingFact, generateConfiguration } from '../../shared/generate';
import { reloadDelay } from '../../shared/generate/eos';
import type { Design } from '../../shared/model';
import { portKey } from '../../shared/model';
import {
  FAST_UPLINK_MAX_NODES,
  STORAGE_NICS_MAX_NODES,
  TEMPLATES,
  WIZARD_MAX_NODES,
  buildFromWizard,
  findTemplate,
} from '../../shared/templates';

import { managementUntaggedOnBond, renamePort } from '../support/designs';

const reference = () => findTemplate('pve-hci-3node')!.build();
/** The wizard's 100G variant puts the nodes on the Arista pair: the EOS golden design. */
const aristaDesign = () =>
  buildFromWizard({ nodes: 3, ceph: true, storageNics: false, uplinkGbps: 100 });

function ok(result: GenerateResult): GeneratedFile[] {
  if (!result.ok)
    throw new Error(
      result.reason === 'errors'
        ? `errors: ${result.errors.map((e) => e.ruleId).join(', ')}`
        : `missing:\n${result.missing.map(formatMissingFact).join('\n')}`,
    );
  return result.files;
}
const missingOf = (result: GenerateResult) => {
  if (result.ok || result.reason !== 'missing')
    throw new Error(`expected missing facts, got ${result.ok ? 'files' : result.reason}`);
  return result.missing;
};
const file = (files: GeneratedFile[], path: string) => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path} among ${files.map((x) => x.path).join(', ')}`);
  return f.text;
};

describe('generate: every template and wizard combination', () => {
  for (const t of TEMPLATES.filter((x) => x.name !== 'empty'))
    it(`template ${t.name} generates without a missing fact`, () => {
      expect(ok(generateConfiguration(t.build())).length).toBeGreaterThan(5);
    });

  // Every combination the wizard offers: 3 to 32 nodes (storage NICs to 22, 100G uplinks to 6).
  const combos: Array<Parameters<typeof buildFromWizard>[0]> = [];
  for (const ceph of [true, false])
    for (const storageNics of [true, false]) {
      const most = storageNics ? STORAGE_NICS_MAX_NODES : WIZARD_MAX_NODES;
      for (let nodes = 3; nodes <= most; nodes++) combos.push({ nodes, ceph, storageNics });
      for (let nodes = 3; nodes <= FAST_UPLINK_MAX_NODES; nodes++)
        combos.push({ nodes, ceph, storageNics, uplinkGbps: 100 });
    }
  it(`${combos.length} wizard combinations generate without a missing fact`, () => {
    for (const options of combos) {
      const files = ok(generateConfiguration(buildFromWizard(options)));
      expect(files.filter((f) => f.kind === 'interfaces')).toHaveLength(options.nodes);
    }
  });

  it('the empty template generates just a runbook', () => {
    expect(ok(generateConfiguration(findTemplate('empty')!.build())).map((f) => f.path)).toEqual([
      'runbook.md',
    ]);
  });

  it('is deterministic: the same design gives the same bytes', () => {
    expect(generateConfiguration(reference())).toEqual(generateConfiguration(reference()));
  });
});

describe('generate: golden files (UPDATE_GOLDEN=1 rewrites them after a reviewed change)', () => {
  const cases: Array<[string, () => Design, string[]]> = [
    [
      'nvue-3node',
      reference,
      [
        'core-01/nvue-commands.sh',
        'core-02/nvue-commands.sh',
        'pve-01/interfaces',
        'pve-hci.cluster/corosync.conf',
        'pve-hci.cluster/ceph.conf',
        'mgmt-sw-01/port-plan.md',
        'fw-01/port-plan.md',
        'runbook.md',
      ],
    ],
    [
      'eos-100g',
      aristaDesign,
      ['core-01/startup-config.eos', 'core-02/startup-config.eos', 'pve-02/interfaces'],
    ],
  ];
  for (const [name, build, paths] of cases)
    it(`${name} matches its reviewed golden files`, () => {
      const files = ok(generateConfiguration(build()));
      for (const path of paths) {
        const golden = join('tests/fixtures/golden/generate', name, path);
        const text = file(files, path);
        if (process.env.UPDATE_GOLDEN === '1') {
          mkdirSync(dirname(golden), { recursive: true });
          writeFileSync(golden, text);
        }
        expect(text, path).toBe(readFileSync(golden, 'utf8'));
      }
    });
});

/**
 * Reads a switch config back into its port-channels: id -> MLAG id, allowed VLANs, MTU, and the
 * VLAN untagged frames join ('none': dropped; undefined: the platform's default, VLAN 1).
 */
function channelsOf(text: string, platform: 'eos' | 'nvue') {
  const out = new Map<
    string,
    {
      mlag?: number;
      vlans: number[];
      mtu?: number;
      peerLink: boolean;
      members: string[];
      untagged?: number | 'none';
    }
  >();
  const get = (name: string) => {
    let c = out.get(name);
    if (!c) out.set(name, (c = { vlans: [], peerLink: false, members: [] }));
    return c;
  };
  const expand = (list: string) =>
    list.split(',').flatMap((part) => {
      const [a, b] = part.split('-').map(Number);
      return b === undefined ? [a!] : Array.from({ length: b - a! + 1 }, (_, i) => a! + i);
    });
  if (platform === 'eos') {
    for (const block of text.split('\n!\n')) {
      const head = /^interface Port-Channel(\d+)$/m.exec(block);
      if (!head) continue;
      const c = get(head[1]!);
      const mlag = /^ {3}mlag (\d+)$/m.exec(block);
      if (mlag) c.mlag = Number(mlag[1]);
      const allowed = /^ {3}switchport trunk allowed vlan (\S+)$/m.exec(block);
      if (allowed) c.vlans = expand(allowed[1]!);
      // A trunk's untagged frames join its native VLAN (1 unless set), if the trunk allows it.
      const native = /^ {3}switchport trunk native vlan (\d+)$/m.exec(block);
      const nativeVlan = native ? Number(native[1]) : 1;
      if (allowed) c.untagged = c.vlans.includes(nativeVlan) ? nativeVlan : 'none';
      const mtu = /^ {3}mtu (\d+)$/m.exec(block);
      if (mtu) c.mtu = Number(mtu[1]);
      c.peerLink = /switchport trunk group MLAG/.test(block);
    }
    for (const block of text.split('\n!\n')) {
      const port = /^interface (Ethernet\S+)$/m.exec(block);
      const group = /^ {3}channel-group (\d+) mode/m.exec(block);
      if (port && group) get(group[1]!).members.push(port[1]!);
    }
  } else {
    for (const line of text.split('\n')) {
      const m = /^nv set interface (\S+) (.*)$/.exec(line);
      if (!m || !(m[1]!.startsWith('bond') || m[1] === 'peerlink')) continue;
      const c = get(m[1]!);
      c.peerLink = m[1] === 'peerlink';
      let x;
      if ((x = /^bond mlag id (\d+)$/.exec(m[2]!))) c.mlag = Number(x[1]);
      if ((x = /^bridge domain br_default vlan (\S+)$/.exec(m[2]!))) c.vlans = expand(x[1]!);
      if ((x = /^link mtu (\d+)$/.exec(m[2]!))) c.mtu = Number(x[1]);
      if ((x = /^bond member (\S+)$/.exec(m[2]!))) c.members.push(x[1]!);
      if ((x = /^bridge domain br_default untagged (\S+)$/.exec(m[2]!)))
        c.untagged = x[1] === 'none' ? 'none' : Number(x[1]);
      if ((x = /^bridge domain br_default access (\d+)$/.exec(m[2]!))) {
        c.vlans = [Number(x[1])];
        c.untagged = Number(x[1]);
      }
    }
  }
  return out;
}

describe('generate: switch configurations are structurally right', () => {
  for (const [platform, build] of [
    ['nvue', reference],
    ['eos', aristaDesign],
    ['nvue', () => findTemplate('pve-hci-5node-storage')!.build()],
  ] as const)
    it(`${platform}: every dual-homed bond has a port-channel with the same MLAG id on both peers, carrying exactly its networks at a large enough MTU`, () => {
      const design = build();
      const files = ok(generateConfiguration(design));
      const ext = platform === 'eos' ? 'startup-config.eos' : 'nvue-commands.sh';
      const a = channelsOf(file(files, `core-01/${ext}`), platform);
      const b = channelsOf(file(files, `core-02/${ext}`), platform);
      const vlanMtu = new Map(design.networks.map((n) => [n.vlan!, n.mtu]));
      // Each host bond split across the pair: find its port-channel on each switch by the cables.
      const hostBonds = design.lags.filter((l) => {
        const d = design.devices.find((x) => x.id === l.members[0]!.device)!;
        return d.role === 'server' || d.role === 'firewall';
      });
      expect(hostBonds.length).toBeGreaterThan(0);
      for (const bond of hostBonds) {
        const host = design.devices.find((d) => d.id === bond.members[0]!.device)!;
        const carried = new Set(
          host.attachments
            .filter((x) => x.lag === bond.id && x.tagged)
            .map((x) => design.networks.find((n) => n.id === x.network)!.vlan!),
        );
        const switchPorts = bond.members.map((m) => {
          const c = design.cables.find(
            (x) =>
              (x.a.device === host.id && x.a.port === m.port) ||
              (x.b.device === host.id && x.b.port === m.port),
          )!;
          return c.a.device === host.id ? c.b : c.a;
        });
        const ids = switchPorts.map((p) => {
          const swLag = design.lags.find((l) =>
            l.members.some((m) => m.device === p.device && m.port === p.port),
          )!;
          return swLag;
        });
        expect(
          new Set(ids.map((l) => l.id)).size,
          `${host.hostname} ${bond.name} lands in one MLAG LAG`,
        ).toBe(1);
        // The port-channel each leg lands in, on its own switch: the same MLAG id on both,
        // carrying exactly the bond's networks at an MTU they fit in.
        const legs = switchPorts.map((p) => {
          const channels =
            design.devices.find((d) => d.id === p.device)!.hostname === 'core-01' ? a : b;
          const channel = [...channels.values()].find((c) => c.members.includes(p.port));
          expect(
            channel,
            `${host.hostname} ${bond.name}: ${p.port} is in a port-channel`,
          ).toBeDefined();
          return channel!;
        });
        expect(
          new Set(legs.map((c) => c.mlag)).size,
          `${host.hostname} ${bond.name}: one MLAG id`,
        ).toBe(1);
        // Untagged frames join the host's untagged network on the bond, else are dropped: never
        // VLAN 1 by default, where untagged guest traffic of every node would meet.
        const untagged = host.attachments.find((x) => x.lag === bond.id && !x.tagged);
        const expectedUntagged = untagged
          ? design.networks.find((n) => n.id === untagged.network)!.vlan!
          : 'none';
        for (const c of legs) {
          expect(c.mlag, `${host.hostname} ${bond.name}: an MLAG id`).toBeDefined();
          expect(c.untagged, `${host.hostname} ${bond.name}: untagged frames`).toBe(
            expectedUntagged,
          );
          expect(c.vlans.filter((v) => v !== c.untagged)).toEqual(
            [...carried].sort((x, y) => x - y),
          );
          const largest = Math.max(...c.vlans.map((v) => vlanMtu.get(v) ?? 1500));
          expect(c.mtu!).toBeGreaterThanOrEqual(largest);
        }
        expect(
          new Set(switchPorts.map((p) => p.device)).size,
          `${host.hostname} ${bond.name}: both peers`,
        ).toBe(2);
      }
      // Every MLAG id is on both peers, and the same channel on each.
      for (const [name, c] of a) if (c.mlag !== undefined) expect(b.get(name)?.mlag).toBe(c.mlag);
      // The peer link carries every VLAN: on EOS no allowed list restricts it (trunk group
      // MLAG), on NVUE the peerlink carries the whole bridge, which holds every VLAN.
      const peerA = [...a.values()].find((c) => c.peerLink)!;
      expect(peerA).toBeDefined();
      expect(peerA.vlans).toEqual([]);
      if (platform === 'nvue') {
        const bridge = /^nv set bridge domain br_default vlan (\S+)$/m.exec(
          file(files, `core-01/${ext}`),
        )![1];
        const all = design.networks.map((n) => n.vlan!).sort((x, y) => x - y);
        expect(bridge!.split(',').join()).toBe(all.join());
      } else {
        for (const n of design.networks)
          expect(file(files, `core-01/${ext}`)).toContain(`\nvlan ${n.vlan}\n`);
      }
    });
});

describe('generate: LACP rate', () => {
  it('an unset rate is written as slow on node and switch, as the rules and the inspector read it', () => {
    const design = reference();
    const bond = design.lags.find((l) => l.id === 'lag-node1-bond0')!;
    const switchLag = design.lags.find((l) => l.id === 'lag-core-node1')!;
    delete bond.lacpRate;
    delete switchLag.lacpRate;
    const files = ok(generateConfiguration(design));
    const node = file(files, 'pve-01/interfaces');
    expect(node).toMatch(/^iface bond0 inet manual\n(?:\t.*\n)*\tbond-lacp-rate slow$/m);
    const channelName = /nv set interface (\S+) bond lacp-rate slow/.exec(
      file(files, 'core-01/nvue-commands.sh'),
    );
    expect(channelName).not.toBeNull();
  });
});

describe('generate: refusal', () => {
  it('refuses a design with errors, listing them', () => {
    const design = reference();
    design.devices[0]!.hostname = 'bad_name!';
    const result = generateConfiguration(design);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('errors');
  });

  it('refuses an active-backup bond facing the switches’ LACP MLAG LAG', () => {
    // The LACP LAG never comes up with a host that sends no LACPDUs: no configs for that.
    const design = reference();
    design.lags.find((l) => l.id === 'lag-node1-bond0')!.mode = 'active-backup';
    const result = generateConfiguration(design);
    if (result.ok || result.reason !== 'errors') throw new Error('expected errors');
    expect(result.errors.map((e) => e.ruleId)).toContain('lag.switch-side-missing');
  });

  it('a node lacking its corosync address lists exactly that', () => {
    const design = reference();
    const node = design.devices.find((d) => d.hostname === 'pve-02')!;
    delete node.attachments.find((a) => a.network === 'net-corosync0')!.address;
    // The rule catalogue already calls it an error (host.address-missing): the refusal lists
    // that one finding and nothing else.
    const result = generateConfiguration(design);
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'errors') throw new Error('expected errors');
    expect(result.errors.map((e) => [e.ruleId, e.targets.map((t) => t.id)])).toEqual([
      ['host.address-missing', ['node-2', 'net-corosync0']],
    ]);
    expect(result.errors[0]!.message).toContain('pve-02 rides on Corosync link 0');
  });

  it('a corosync address the rules let pass but corosync cannot take is a missing fact', () => {
    // Suppressed, the finding no longer refuses; the generator still needs the address.
    const design = reference();
    const node = design.devices.find((d) => d.hostname === 'pve-02')!;
    delete node.attachments.find((a) => a.network === 'net-corosync0')!.address;
    design.suppressions.push({ rule: 'host.address-missing', reason: 'test' });
    expect(missingOf(generateConfiguration(design)).map(formatMissingFact)).toEqual([
      'pve-02 eno1: network Corosync link 0: address: corosync link 0 has no address on this node (ring0_addr)',
    ]);
  });

  it('lists every missing fact at once: gateway, MLAG system MAC, bridge', () => {
    const design = reference();
    delete design.networks.find((n) => n.role === 'management')!.gateway;
    delete design.mlagPairs[0]!.systemMac;
    delete design.devices.find((d) => d.hostname === 'pve-01')!.bridge;
    const fields = missingOf(generateConfiguration(design)).map((f) => `${f.device}|${f.field}`);
    expect(fields).toContain('Management|gateway');
    expect(fields).toContain('MLAG pair core|system MAC');
    expect(fields).toContain('pve-01|bridge');
  });

  it('names an unnamed MLAG pair by its switches, once, not by its id', () => {
    const design = reference();
    delete design.mlagPairs[0]!.name;
    delete design.mlagPairs[0]!.systemMac;
    const fields = missingOf(generateConfiguration(design))
      .filter((f) => f.field === 'system MAC')
      .map((f) => f.device);
    expect([...new Set(fields)]).toEqual(['MLAG pair core-01 + core-02']);
  });

  it('a generic switch model needs the platform option, and takes it', () => {
    const design = reference();
    for (const d of design.devices.filter((x) => x.role === 'core-switch')) {
      delete d.model.platform;
      delete d.model.catalogId;
      d.model.generic = true;
    }
    expect(missingOf(generateConfiguration(design)).map((f) => f.field)).toEqual([
      'switch platform',
      'switch platform',
    ]);
    const files = ok(generateConfiguration(design, { switchPlatform: 'nvue' }));
    expect(files.some((f) => f.path === 'core-01/nvue-commands.sh')).toBe(true);
    // The platform's interface names are checked: swp ports are no EOS names.
    const eos = missingOf(generateConfiguration(design, { switchPlatform: 'eos' }));
    expect(eos.some((f) => f.field === 'port name' && f.port === 'swp1')).toBe(true);
  });

  it("a switch's own platform comes before its model's and before the option", () => {
    const generic = reference();
    for (const d of generic.devices.filter((x) => x.role === 'core-switch')) {
      delete d.model.platform;
      delete d.model.catalogId;
      d.model.generic = true;
    }
    const [core1, core2] = generic.devices.filter((x) => x.role === 'core-switch');
    core1!.platform = 'nvue';
    // core-02 has none of its own: the option applies to it alone.
    const mixed = missingOf(generateConfiguration(generic));
    expect(mixed.map((f) => `${f.device}|${f.field}`)).toEqual([
      `${core2!.hostname}|switch platform`,
    ]);
    core2!.platform = 'nvue';
    const files = ok(generateConfiguration(generic, { switchPlatform: 'eos' }));
    expect(files.some((f) => f.path === 'core-01/nvue-commands.sh')).toBe(true);
    expect(files.some((f) => f.path.endsWith('startup-config.eos'))).toBe(false);

    // Over the catalog model's platform (NVUE here): "none" leaves a port plan only.
    const design = reference();
    expect(design.devices.find((d) => d.hostname === 'core-01')!.model.platform).toBe('nvue');
    design.devices.find((d) => d.hostname === 'core-01')!.platform = 'none';
    const planned = ok(generateConfiguration(design, { switchPlatform: 'nvue' }));
    expect(planned.some((f) => f.path === 'core-01/port-plan.md')).toBe(true);
    expect(planned.some((f) => f.path === 'core-01/nvue-commands.sh')).toBe(false);
    expect(planned.some((f) => f.path === 'core-02/nvue-commands.sh')).toBe(true);
    // And an EOS choice on a Cumulus model checks the ports against EOS names.
    design.devices.find((d) => d.hostname === 'core-01')!.platform = 'eos';
    const eos = missingOf(generateConfiguration(design));
    expect(eos.some((f) => f.device === 'core-01' && f.field === 'port name')).toBe(true);
  });

  it('refuses a design VLAN the platform reserves, with a message', () => {
    const eos = aristaDesign();
    eos.networks.find((n) => n.role === 'vm')!.vlan = 4094;
    for (const lag of eos.lags)
      if (lag.config && Array.isArray(lag.config.taggedVlans))
        lag.config.taggedVlans = lag.config.taggedVlans.map((v) => (v === 100 ? 4094 : v));
    const eosResult = generateConfiguration(eos);
    const eosMissing = eosResult.ok || eosResult.reason === 'errors' ? [] : eosResult.missing;
    expect(
      eosMissing.some((f) => f.field === 'VLAN 4094' && /MLAG peer VLAN/.test(f.message)),
    ).toBe(true);

    const nvue = reference();
    nvue.networks.find((n) => n.role === 'vm')!.vlan = 3800;
    for (const lag of nvue.lags)
      if (lag.config && Array.isArray(lag.config.taggedVlans))
        lag.config.taggedVlans = lag.config.taggedVlans.map((v) => (v === 100 ? 3800 : v));
    const nvueMissing = missingOf(generateConfiguration(nvue));
    const peerVlan = reference();
    peerVlan.networks.find((n) => n.role === 'vm')!.vlan = 4094;
    for (const lag of peerVlan.lags)
      if (lag.config && Array.isArray(lag.config.taggedVlans))
        lag.config.taggedVlans = lag.config.taggedVlans.map((v) => (v === 100 ? 4094 : v));
    expect(
      missingOf(generateConfiguration(peerVlan)).some(
        (f) => f.field === 'VLAN 4094' && /peerlink\.4094/.test(f.message),
      ),
    ).toBe(true);
    const reserved = nvueMissing.find((f) => f.field === 'VLAN 3800');
    expect(reserved?.message).toMatch(/default reserved VLAN range 3725-3999/);
    // It says how the range moves on the switch, on both sides of Cumulus Linux 5.3.
    expect(reserved?.message).toContain('nv set system global reserved vlan internal range');
    expect(reserved?.message).toContain('resv_vlan_range in /etc/cumulus/switchd.conf');
  });

  it('refuses exactly the Cumulus 5.x default reserved range, 3725-3999', () => {
    const withVmVlan = (vlan: number) => {
      const design = reference();
      design.networks.find((n) => n.role === 'vm')!.vlan = vlan;
      for (const lag of design.lags)
        if (lag.config && Array.isArray(lag.config.taggedVlans))
          lag.config.taggedVlans = lag.config.taggedVlans.map((v) => (v === 100 ? vlan : v));
      return generateConfiguration(design);
    };
    for (const vlan of [3725, 3999])
      expect(missingOf(withVmVlan(vlan)).map((f) => f.field)).toContain(`VLAN ${vlan}`);
    for (const vlan of [3724, 4000]) expect(withVmVlan(vlan).ok).toBe(true);
  });
});

describe('generate: nothing a user typed can add a line, a command or a shell metacharacter', () => {
  const hostile = [
    "N1-A'; reboot; echo '",
    'N1-A\nnv set system hostname evil',
    'N1-A\r\ninterface Ethernet1',
    'N1-A $(reboot)',
    'N1-A `reboot`',
    'N1-A | tee',
    'N1-A "x"',
    'N1-A\\',
    'N1-A # end',
  ];
  for (const label of hostile)
    it(`refuses the cable label ${JSON.stringify(label)}`, () => {
      const design = reference();
      design.cables.find((c) => c.label === 'N1-A')!.label = label;
      const missing = missingOf(generateConfiguration(design));
      expect(missing.length).toBeGreaterThan(0);
      expect(
        missing.every((f) => f.field === 'label' && f.device === 'cable cab-node1-core1'),
      ).toBe(true);
      // The message itself shows control characters escaped.
      for (const f of missing) expect(f.message).not.toMatch(/[\r\n]/);
    });

  it('refuses an address that is not one (a command riding on it)', () => {
    const design = reference();
    const node = design.devices.find((d) => d.hostname === 'pve-01')!;
    node.attachments.find((a) => a.network === 'net-migration')!.address = '10.10.70.11; reboot';
    const result = generateConfiguration(design);
    // ip.* rules may catch it first; either way nothing is written.
    expect(result.ok).toBe(false);
    if (!result.ok && result.reason === 'missing')
      expect(result.missing.some((f) => /is not an IP address/.test(f.message))).toBe(true);
  });

  it('prints a design name only in its sanitized form, inside the header comment', () => {
    const design = reference();
    design.meta.name = 'x\n!\nusername evil secret 0 x';
    const files = ok(generateConfiguration(design));
    for (const f of files) expect(f.text).not.toMatch(/^username/m);
    expect(file(files, 'pve-01/interfaces').split('\n')[0]).toContain('x___username');
  });

  it('keeps control characters and new lines in the design name and models out of the runbook and port plans (found by the fuzzer)', () => {
    const design = reference();
    design.meta.name = 'x\u001b[2J\u009b31m\u0007';
    const fw = design.devices.find((d) => d.hostname === 'fw-01')!;
    fw.model.manufacturer = 'evil\nrm -rf /';
    fw.model.name = '\u001b]0;title\u0007';
    const files = ok(generateConfiguration(design));
    for (const path of ['runbook.md', 'fw-01/port-plan.md'])
      // eslint-disable-next-line no-control-regex
      expect(file(files, path)).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(file(files, 'fw-01/port-plan.md')).not.toMatch(/^rm -rf/m);
    expect(file(files, 'fw-01/port-plan.md')).toContain('Model: evil_rm -rf / _]0;title_;');
  });

  it('every generated line of every file is free of control characters', () => {
    for (const f of ok(generateConfiguration(aristaDesign())))
      // eslint-disable-next-line no-control-regex
      expect(f.text.replace(/[\n\t]/g, '')).not.toMatch(/[\x00-\x1f\x7f]/);
  });
});

describe('generate: firewall gateways', () => {
  it("lists the gateways of a firewall's networks with its data-plane address, and how an HA pair holds them", () => {
    const files = ok(generateConfiguration(reference()));
    const plan = file(files, 'fw-01/port-plan.md');
    const section = plan.slice(plan.indexOf('## Gateways'));
    // The management network's routing address is the LAG's, not the management port's.
    expect(section).toContain('| Management | 10 | 10.10.10.1 | 10.10.10.252 on lacp-core |');
    expect(section).toContain('HA pair with fw-02');
    expect(file(files, 'mgmt-sw-01/port-plan.md')).not.toContain('## Gateways');
  });

  it('says nothing about a pair for a firewall without one', () => {
    const design = reference();
    design.haPairs = [];
    const plan = file(ok(generateConfiguration(design)), 'fw-01/port-plan.md');
    expect(plan).toContain('## Gateways');
    expect(plan).not.toContain('HA pair');
  });
});

describe('generate: runbook Ceph step', () => {
  const runbookOf = (design: Design) => file(ok(generateConfiguration(design)), 'runbook.md');

  it('the first monitor brings its manager: no `pveceph mgr create` on that node', () => {
    const design = reference();
    const cluster = design.clusters[0]!;
    const firstMonitor = design.devices.find((d) => d.id === cluster.ceph.monitors[0])!;
    const text = runbookOf(design);
    expect(text).toContain(`- on ${firstMonitor.hostname}: \`pveceph mon create\``);
    expect(text).not.toContain(`- on ${firstMonitor.hostname}: \`pveceph mgr create\``);
    expect(text.match(/pveceph mgr create/g)).toHaveLength(
      cluster.ceph.managers.filter((id) => id !== cluster.ceph.monitors[0]).length,
    );
  });

  it('creates an OSD per OSD disk of each node before the first pool, naming no real-looking device', () => {
    const design = reference();
    const text = runbookOf(design);
    const osdDisks = design.devices
      .filter((d) => design.clusters[0]!.nodes.includes(d.id))
      .flatMap((d) => (d.server?.disks ?? []).filter((disk) => disk.role === 'osd'));
    expect(osdDisks.length).toBeGreaterThan(0);
    const osdLines = text.split('\n').filter((l) => l.includes('osd create'));
    const commands = osdLines.filter((l) => l.startsWith('- on '));
    expect(commands).toHaveLength(osdDisks.length);
    // NVMe disks (the reference's) get the kernel's NVMe naming as placeholder, never a real name.
    for (const line of commands)
      expect(line).toMatch(/osd create \/dev\/(sdX|nvmeXnY)` \(disk .+\)$/);
    expect(commands.some((l) => l.includes('/dev/nvmeXnY'))).toBe(true);
    // How to find the device is said once, before the commands.
    expect(osdLines[0]).toContain('`lsblk -d');
    expect(text.lastIndexOf('pveceph osd create')).toBeLessThan(
      text.indexOf('pveceph pool create'),
    );
    expect(text).toContain('--repository no-subscription');
    expect(text).toContain('--repository enterprise');
  });

  it('writes a disk whose name is a device path into the command as it is', () => {
    const design = reference();
    const node = design.devices.find((d) => d.server?.disks.some((x) => x.role === 'osd'))!;
    node.server!.disks.find((x) => x.role === 'osd')!.name = '/dev/nvme0n1';
    expect(runbookOf(design)).toContain(
      `- on ${node.hostname}: \`pveceph osd create /dev/nvme0n1\`\n`,
    );
  });

  it('the jumbo-frame check lists each node address once, with its host and a size that fits the MTU', () => {
    const design = reference();
    const lines = runbookOf(design)
      .split('\n')
      .filter((l) => l.includes('-M do -s'));
    expect(lines.length).toBeGreaterThan(0);
    const nodes = design.devices.filter((d) => d.role === 'server');
    for (const line of lines) {
      const [, mtu, size, list] =
        /\(MTU (\d+)\): on each node, `ping -M do -s (\d+) -c 3 ADDRESS` to every other node's address: (.*)$/.exec(
          line,
        )!;
      expect(Number(size)).toBe(Number(mtu) - 28);
      const entries = list!.split(', ').map((e) => /^(\S+) \((\S+)\)$/.exec(e)!);
      expect(entries.map((e) => e[2])).toEqual(nodes.map((n) => n.hostname));
      for (const [, address, host] of entries) {
        const node = nodes.find((n) => n.hostname === host)!;
        expect(node.attachments.some((x) => x.address?.split('/')[0] === address)).toBe(true);
      }
    }
  });
});

describe('generate: VLAN interfaces on real NIC names', () => {
  it('names a VLAN vlanN with its parent when parent.vid would pass 15 characters', () => {
    const design = renamePort(reference(), 'node-1', 'eno1', 'enp129s0f0np0');
    const result = generateConfiguration(design);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const text = (result as Extract<GenerateResult, { ok: true }>).files.find(
      (f) => f.path === 'pve-01/interfaces',
    )!.text;
    expect(text).toContain('iface vlan50 inet static');
    expect(text).toMatch(
      /iface vlan50 inet static\n\taddress 10\.10\.50\.11\/24\n\tmtu \d+\n\tvlan-raw-device enp129s0f0np0\n/,
    );
    for (const [, name] of text.matchAll(/^iface (\S+)/gm))
      expect(name!.length).toBeLessThanOrEqual(15);
  });

  it('refuses two long-named ports with the same VLAN, which would both be vlanN', () => {
    const design = renamePort(reference(), 'node-1', 'eno1', 'enp129s0f0np0');
    const node = design.devices.find((d) => d.id === 'node-1')!;
    const other = node.ports.find((p) => p.name === 'eno2')!;
    renamePort(design, 'node-1', 'eno2', 'enp129s0f1np1');
    const first = node.attachments.find((a) => a.port === 'enp129s0f0np0' && a.tagged)!;
    node.attachments.push({
      ...first,
      network: first.network,
      port: other.name,
      address: '10.10.50.99',
    });
    const misses = missingOf(generateConfiguration(design));
    expect(misses.some((m) => m.port === 'enp129s0f1np1' && m.message.includes('vlan50'))).toBe(
      true,
    );
  });
});

describe('generate: port names per platform', () => {
  const portNameMisses = (design: Design) =>
    missingOf(generateConfiguration(design)).filter((f) => f.field === 'port name');

  it('EOS: a management port named mgmt0 is listed with what EOS expects, not renamed', () => {
    const design = aristaDesign();
    const sw = design.devices.find((d) => d.role === 'core-switch')!;
    const mgmt = sw.ports.find((p) => p.role === 'mgmt')!;
    for (const a of sw.attachments) if (a.port === mgmt.name) a.port = 'mgmt0';
    mgmt.name = 'mgmt0';
    const misses = portNameMisses(design);
    expect(misses).toHaveLength(1);
    expect(misses[0]).toMatchObject({ device: sw.hostname, port: 'mgmt0' });
    expect(misses[0]!.message).toContain('Management1');
  });

  it('NVUE: data ports must be swpN[sM] and the management port eth0', () => {
    const design = reference();
    const sw = design.devices.find((d) => d.role === 'core-switch')!;
    const rename = (from: string, to: string) => {
      sw.ports.find((p) => p.name === from)!.name = to;
      for (const a of sw.attachments) if (a.port === from) a.port = to;
      for (const c of design.cables)
        for (const end of [c.a, c.b]) if (end.device === sw.id && end.port === from) end.port = to;
      for (const l of design.lags)
        for (const m of l.members) if (m.device === sw.id && m.port === from) m.port = to;
    };
    const mgmt = sw.ports.find((p) => p.role === 'mgmt')!.name;
    const data = design.lags.flatMap((l) => l.members).find((m) => m.device === sw.id)!.port;
    rename(mgmt, 'mgmt0');
    rename(data, 'eth1');
    const misses = portNameMisses(design);
    expect(misses.map((f) => f.port).sort()).toEqual(['eth1', 'mgmt0']);
    for (const f of misses) {
      expect(f.device).toBe(sw.hostname);
      expect(f.message).toContain('swpN');
      expect(f.message).toContain('eth0');
    }
  });
});

describe('generate: MTU within the platform and model maximum', () => {
  /** The Arista pair without a model maximum, so only the platform's limit (EOS 9214) applies. */
  const design = () => {
    const d = aristaDesign();
    for (const sw of d.devices.filter((x) => x.role === 'core-switch')) delete sw.limits.maxMtu;
    return d;
  };
  const coreLag = (d: Design) => {
    const sw = d.devices.find((x) => x.role === 'core-switch')!;
    const lag = d.lags.find((l) => l.members.some((m) => m.device === sw.id) && l.config)!;
    return { sw, lag };
  };

  it('clamps a configured MTU above what EOS takes, and says so in the header', () => {
    const d = design();
    const { sw, lag } = coreLag(d);
    lag.config!.mtu = 9216;
    const text = file(ok(generateConfiguration(d)), `${sw.hostname}/startup-config.eos`);
    expect(text).not.toMatch(/mtu 9216/);
    expect(text).toMatch(/^! LAG .*: MTU 9216 lowered to 9214, the most Arista EOS takes$/m);
    const header = text.slice(0, text.indexOf('hostname '));
    expect(header).toContain('lowered to 9214');
  });

  it('refuses a network that needs more than the platform takes', () => {
    const d = design();
    const sw = d.devices.find((x) => x.role === 'core-switch')!;
    const lag = d.lags.find(
      (l) =>
        l.members.some((m) => m.device === sw.id) &&
        Array.isArray(l.config?.taggedVlans) &&
        l.config.taggedVlans.length > 0,
    )!;
    const vid = (lag.config!.taggedVlans as number[])[0]!;
    // No device states a maximum, so no rule refuses the network: the platform's limit must.
    for (const x of d.devices) delete x.limits.maxMtu;
    d.networks.find((n) => n.vlan === vid)!.mtu = 9216;
    const misses = missingOf(generateConfiguration(d)).filter(
      (f) => f.field === `LAG ${lag.name}: MTU`,
    );
    expect(misses.some((f) => f.device === sw.hostname && f.message.includes('above 9214'))).toBe(
      true,
    );
  });

  it('never writes an MTU above the model maximum', () => {
    const d = aristaDesign();
    const files = ok(generateConfiguration(d));
    for (const f of files.filter((x) => x.path.endsWith('.eos')))
      for (const m of f.text.matchAll(/mtu (\d+)/g)) expect(Number(m[1])).toBeLessThanOrEqual(9214);
  });
});

describe('generate: applying and keeping the switch configuration', () => {
  it('EOS: no closing `end`; the runbook names the session, the diff, commit and write memory', () => {
    const files = ok(generateConfiguration(aristaDesign()));
    const eos = files.filter((f) => f.path.endsWith('.eos'));
    expect(eos.length).toBeGreaterThan(0);
    for (const f of eos) expect(f.text).not.toMatch(/^end$/m);
    const text = file(files, 'runbook.md');
    const order = [
      '`configure session clusterwire`',
      'paste',
      '`show session-config diffs`',
      '`commit`',
      '`write memory`',
    ].map((step) => text.indexOf(step));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('NVUE: ends with `nv config apply -y` then `nv config save`', () => {
    const files = ok(generateConfiguration(reference()));
    const nvue = files.filter((f) => f.path.endsWith('nvue-commands.sh'));
    expect(nvue.length).toBeGreaterThan(0);
    for (const f of nvue)
      expect(f.text.endsWith('nv config apply -y\nnv config save\n')).toBe(true);
  });
});

describe('generate: runbook migration network', () => {
  const runbookOf = (design: Design) => file(ok(generateConfiguration(design)), 'runbook.md');
  const migrationCidr = (design: Design) =>
    design.networks.find((n) => n.role === 'migration')!.cidr!;

  it("sets the cluster's migration network right after the cluster exists, then checks it", () => {
    const design = reference();
    const cidr = migrationCidr(design);
    const text = runbookOf(design);
    const headings = [...text.matchAll(/^## \d+\. (.*)$/gm)].map((m) => m[1]);
    const cluster = headings.indexOf('Cluster pve-hci');
    expect(headings[cluster + 1]).toBe('Migration network of cluster pve-hci');
    expect(headings[cluster + 2]).toBe('Ceph on pve-hci');
    const step = text.slice(text.indexOf('Migration network of cluster'), text.indexOf('Ceph on'));
    // Once, on the first node: datacenter.cfg is the whole cluster's. Secure, never insecure.
    expect(step.match(/^- on .*pvesh set/gm)).toHaveLength(1);
    expect(step).toContain(
      `- on pve-01: \`pvesh set /cluster/options --migration secure,network=${cidr}\``,
    );
    expect(step).not.toMatch(/--migration insecure|type=insecure/);
    expect(step).toContain(`prints \`migration: secure,network=${cidr}\``);
    // Every node's own address on it, as `ip address show to CIDR up` should list it.
    const nodes = design.devices.filter((d) => design.clusters[0]!.nodes.includes(d.id));
    const listed =
      /`ip address show to (\S+) up` lists exactly one address, the node's own: (.*)\.$/m.exec(
        step,
      )!;
    expect(listed[1]).toBe(cidr);
    expect(listed[2]).toBe(
      nodes
        .map((n) => {
          const a = n.attachments.find((x) => x.network === 'net-migration')!;
          return `${a.address} (${n.hostname})`;
        })
        .join(', '),
    );
  });

  it('says nothing new without a migration network, or with one that has no CIDR', () => {
    // No network with role migration: the rule migration.on-cluster-network informs instead.
    const none = reference();
    none.networks.find((n) => n.role === 'migration')!.role = 'vm';
    for (const d of none.devices)
      for (const a of d.attachments) if (a.network === 'net-migration') delete a.address;
    // A migration network without a CIDR: there is nothing to name in datacenter.cfg.
    const noCidr = reference();
    delete noCidr.networks.find((n) => n.role === 'migration')!.cidr;
    for (const d of noCidr.devices)
      for (const a of d.attachments) if (a.network === 'net-migration') delete a.address;
    for (const design of [none, noCidr]) {
      const text = runbookOf(design);
      expect(text).not.toContain('pvesh');
      expect(text).not.toContain('Migration network of cluster');
      expect(text).not.toContain('datacenter.cfg');
    }
  });

  it('names the nodes without an address on it: migrations to them would fail', () => {
    const design = reference();
    const pve3 = design.devices.find((d) => d.hostname === 'pve-03')!;
    pve3.attachments = pve3.attachments.filter((a) => a.network !== 'net-migration');
    const text = runbookOf(design);
    const cidr = migrationCidr(design);
    expect(text).toContain(
      `pve-03 has no address in ${cidr}: migrations to it fail until it has one.`,
    );
    expect(text).toMatch(
      /the node's own: 10\.10\.70\.11 \(pve-01\), 10\.10\.70\.12 \(pve-02\)\.$/m,
    );
  });
});

describe('generate: EOS MLAG dual-primary detection and reload delay', () => {
  const mlagBlock = (text: string) => {
    const at = text.indexOf('\nmlag configuration\n');
    expect(at).toBeGreaterThan(0);
    return text.slice(at + 1, text.indexOf('\n!\n', at)).split('\n');
  };

  it('both peers detect a dual primary over the heartbeat and hold ports down after a reload', () => {
    const files = ok(generateConfiguration(aristaDesign()));
    for (const host of ['core-01', 'core-02']) {
      const block = mlagBlock(file(files, `${host}/startup-config.eos`));
      const heartbeat = block.findIndex((l) => l.startsWith('   peer-address heartbeat '));
      expect(heartbeat).toBeGreaterThan(0);
      // The order EOS prints them in (as Arista AVD's configs show).
      expect(block.slice(heartbeat + 1)).toEqual([
        expect.stringMatching(/^ {3}peer-link Port-Channel\d+$/),
        '   dual-primary detection delay 5 action errdisable all-interfaces',
        '   reload-delay mlag 300',
        '   reload-delay non-mlag 330',
      ]);
    }
    expect(file(files, 'runbook.md')).toContain(
      '`show mlag detail` says dual-primary detection Configured.',
    );
  });

  it('without a heartbeat there is nothing to detect with: reload delays only', () => {
    const design = aristaDesign();
    delete design.mlagPairs[0]!.keepalive;
    const result = generateConfiguration(design);
    const files = ok(result);
    const block = mlagBlock(file(files, 'core-01/startup-config.eos'));
    expect(block.some((l) => l.includes('heartbeat') || l.includes('dual-primary'))).toBe(false);
    expect(block.slice(-2)).toEqual(['   reload-delay mlag 300', '   reload-delay non-mlag 330']);
    expect(file(files, 'runbook.md')).not.toContain('dual-primary');
  });

  it("takes AVD's longer reload delays on the platforms that need them", () => {
    expect(reloadDelay('7050SX3-48YC8')).toEqual({ mlag: 300, nonMlag: 330 });
    expect(reloadDelay('DCS-7050CX3-32S')).toEqual({ mlag: 300, nonMlag: 330 });
    for (const model of ['7280SR3-48YC8', 'DCS-7280CR3-32P4', '7500R3', '7800R3', '7020TR-48'])
      expect(reloadDelay(model), model).toEqual({ mlag: 900, nonMlag: 1020 });
    expect(reloadDelay('7304X3')).toEqual({ mlag: 1200, nonMlag: 1320 });
    const design = aristaDesign();
    for (const sw of design.devices.filter((d) => d.role === 'core-switch'))
      sw.model.name = '7280SR3-48YC8';
    const block = mlagBlock(file(ok(generateConfiguration(design)), 'core-02/startup-config.eos'));
    expect(block.slice(-2)).toEqual(['   reload-delay mlag 900', '   reload-delay non-mlag 1020']);
  });
});

describe('generate: NVUE trunks drop untagged frames unless a network is untagged on them', () => {
  it('a configured trunk port without an untagged VLAN gets untagged none, one with it its VLAN', () => {
    const design = reference();
    const core = design.devices.find((d) => d.hostname === 'core-01')!;
    const used = new Set(
      design.cables
        .flatMap((c) => [c.a, c.b])
        .filter((e) => e.device === core.id)
        .map((e) => e.port),
    );
    const [free1, free2] = core.ports.filter(
      (p) => p.role !== 'mgmt' && p.role !== 'console' && !used.has(p.name),
    );
    free1!.config = { mode: 'trunk', taggedVlans: [100] };
    free2!.config = { mode: 'trunk', untaggedVlan: 10, taggedVlans: [100] };
    const text = file(ok(generateConfiguration(design)), 'core-01/nvue-commands.sh');
    expect(text).toContain(
      `nv set interface ${free1!.name} bridge domain br_default untagged none\n`,
    );
    expect(text).toContain(
      `nv set interface ${free2!.name} bridge domain br_default untagged 10\n`,
    );
    // The peer link carries the whole bridge as it is.
    expect(text).not.toMatch(/^nv set interface peerlink .*untagged/m);
  });

  it('a trunk port with only an untagged VLAN is an access port, one with none stays out of the bridge', () => {
    // Without a VLAN list an interface of the bridge carries every VLAN of it; EOS allows the
    // native VLAN only, or none.
    const design = reference();
    const core = design.devices.find((d) => d.hostname === 'core-01')!;
    const used = new Set(design.cables.flatMap((c) => [c.a, c.b]).map(portKey));
    const [onlyNative, nothing] = core.ports.filter(
      (p) =>
        p.role !== 'mgmt' &&
        p.role !== 'console' &&
        !used.has(portKey({ device: core.id, port: p.name })),
    );
    onlyNative!.config = { mode: 'trunk', untaggedVlan: 10 };
    nothing!.config = { mode: 'trunk', taggedVlans: [] };
    const text = file(ok(generateConfiguration(design)), 'core-01/nvue-commands.sh');
    const bridgeLines = (port: string) =>
      text.split('\n').filter((l) => l.startsWith(`nv set interface ${port} bridge`));
    expect(bridgeLines(onlyNative!.name)).toEqual([
      `nv set interface ${onlyNative!.name} bridge domain br_default access 10`,
    ]);
    expect(bridgeLines(nothing!.name)).toEqual([]);
  });
});

describe('generate: a switch LAG that carries only its untagged network', () => {
  it('is an access port on NVUE and a trunk allowing only its native VLAN on EOS', () => {
    for (const [build, ext] of [
      [reference, 'nvue-commands.sh'],
      [aristaDesign, 'startup-config.eos'],
    ] as const) {
      const design = build();
      // The management switch's uplink, untagged on both ends.
      for (const id of ['lag-core-mgmt', 'lag-mgmt-uplink']) {
        const lag = design.lags.find((l) => l.id === id)!;
        lag.config = { ...lag.config, mode: 'access', untaggedVlan: 10 };
        delete lag.config.taggedVlans;
      }
      const files = ok(generateConfiguration(design));
      for (const host of ['core-01', 'core-02']) {
        const channels = channelsOf(
          file(files, `${host}/${ext}`),
          ext === 'nvue-commands.sh' ? 'nvue' : 'eos',
        );
        const uplink = [...channels.values()].filter((c) => c.untagged === 10);
        expect(uplink, `${host} ${ext}`).toHaveLength(1);
        // Only VLAN 10, untagged: never every VLAN of the bridge, as a bond without a list is.
        expect(uplink[0]!.vlans, `${host} ${ext}`).toEqual([10]);
      }
    }
  });
});

describe('generate: an untagged network on a jumbo carrier', () => {
  /** pve-01's management, untagged on bond0 (the jumbo bridge uplink) instead of on eno1. */
  const managementOnBond = managementUntaggedOnBond;

  it('refuses to give a 1500 network an address on an MTU 9000 bridge, naming node, network and MTUs', () => {
    const missing = missingOf(generateConfiguration(managementOnBond()));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({
      device: 'pve-01',
      port: 'bond0',
      field: 'network Management: tagged',
    });
    expect(missing[0]!.message).toBe(
      'Management (MTU 1500) is untagged on bond0, so its address sits on vmbr0, which takes MTU 9000 for Ceph public (MTU 9000), Migration (MTU 9000), Ceph cluster (MTU 9000) on the same bridge: the address would send 9000-byte frames into a 1500 network. Tag Management on bond0 (and on the switch ports facing it), or carry it on a port of its own',
    );
  });

  it('takes it when the bond carries nothing larger', () => {
    const design = managementOnBond();
    for (const n of design.networks) if (n.mtu > 1500) n.mtu = 1500;
    const text = file(ok(generateConfiguration(design)), 'pve-01/interfaces');
    expect(text).toMatch(/^iface vmbr0 inet static\n\taddress 10\.10\.10\.11\/24\n/m);
    expect(text).not.toMatch(/mtu 9000/);
  });
});
