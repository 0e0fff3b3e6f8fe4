import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CablingResult, LldpReport } from '../../shared/compare';
import { checkCabling, hostKey, parseLldp, portNameKey } from '../../shared/compare';
import { template } from '../support/designs';
import type { Wire } from '../support/lldp';
import { reportsOf, rewire, wiresOf } from '../support/lldp';

const fixture = (name: string) => readFileSync(`tests/fixtures/lldp/${name}`, 'utf8');

describe('LLDP parsing', () => {
  const pve01 = [
    { localPort: 'eno1', system: 'MGMT-SW-01', port: '5' },
    { localPort: 'ens1f0', system: 'core-01.lab.example.net', port: 'swp1' },
    // Port id is a MAC: the description names the port.
    { localPort: 'ens1f1', system: 'core-02.lab.example.net', port: 'swp1' },
  ];

  it('reads lldpd json0 with one and with several neighbours', () => {
    expect(parseLldp(fixture('lldpd-json0-one.json'))).toEqual({
      ok: true,
      format: 'lldpd-json0',
      neighbors: [{ localPort: 'ens1f0', system: 'core-01.lab.example.net', port: 'swp1' }],
    });
    expect(parseLldp(fixture('lldpd-json0-several.json'))).toEqual({
      ok: true,
      format: 'lldpd-json0',
      neighbors: pve01,
    });
  });

  it('reads lldpd json, whose interface is an object for one and a list for several', () => {
    expect(parseLldp(fixture('lldpd-json-one.json'))).toEqual({
      ok: true,
      format: 'lldpd-json',
      neighbors: [{ localPort: 'ens1f0', system: 'core-01.lab.example.net', port: 'swp1' }],
    });
    expect(parseLldp(fixture('lldpd-json-several.json'))).toEqual({
      ok: true,
      format: 'lldpd-json',
      neighbors: pve01,
    });
  });

  it('reads both Arista EOS shapes', () => {
    expect(parseLldp(fixture('eos.json'))).toEqual({
      ok: true,
      format: 'eos',
      neighbors: [
        { localPort: 'Ethernet1', system: 'pve-01.lab.example.net', port: 'ens1f0' },
        { localPort: 'Ethernet2', system: 'pve-02', port: 'ens1f0' },
        { localPort: 'Et49/1', system: 'LEAF-02.lab.example.net', port: 'Ethernet49/1' },
        { localPort: 'Management1', system: 'mgmt-sw-01', port: '3' },
      ],
    });
    expect(parseLldp(fixture('eos-detail.json'))).toEqual({
      ok: true,
      format: 'eos-detail',
      neighbors: [
        // A MAC port id: the interface description names the port.
        { localPort: 'Ethernet1', system: 'pve-01.lab.example.net', port: 'ens1f0' },
        { localPort: 'Ethernet49/1', system: 'LEAF-02.lab.example.net', port: 'Ethernet49/1' },
      ],
    });
  });

  it('reads an empty neighbour table', () => {
    expect(parseLldp('{"lldp": [{}]}')).toMatchObject({ ok: true, neighbors: [] });
    expect(parseLldp('{"lldp": {}}')).toMatchObject({ ok: true, neighbors: [] });
    expect(parseLldp('{"lldpNeighbors": []}')).toMatchObject({ ok: true, neighbors: [] });
  });

  it('names the problem in bad input', () => {
    expect(parseLldp('{"lldp": [')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not valid JSON at line 1/),
    });
    expect(parseLldp('{"interfaces": []}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('not LLDP output'),
    });
    expect(parseLldp('{"lldp": [{"interface": [{"chassis": []}]}]}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('$.lldp[0].interface[0].name'),
    });
    expect(parseLldp('{"lldpNeighbors": [{"port": "Ethernet1"}]}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('$.lldpNeighbors[0].neighborDevice'),
    });
  });
});

describe('name normalisation', () => {
  it('strips the domain from a FQDN and ignores case', () => {
    expect(hostKey('PVE-01.Lab.Example.NET')).toBe('pve-01');
    expect(hostKey('pve-01.')).toBe('pve-01');
    expect(hostKey('192.0.2.1')).toBe('192.0.2.1');
  });

  it('writes interface abbreviations out', () => {
    expect(portNameKey('Et1')).toBe(portNameKey('Ethernet1'));
    expect(portNameKey('eth1')).toBe(portNameKey('Ethernet1'));
    expect(portNameKey('Et49/1')).toBe(portNameKey('Ethernet49/1'));
    expect(portNameKey('Po10')).toBe(portNameKey('Port-Channel10'));
    expect(portNameKey('Gi1/0/5')).toBe(portNameKey('GigabitEthernet1/0/5'));
    expect(portNameKey('Ma1')).toBe(portNameKey('Management1'));
    expect(portNameKey('SWP1')).toBe('swp1');
    expect(portNameKey('swp1s0')).toBe('swp1s0');
    expect(portNameKey('ens1f0')).toBe('ens1f0');
    expect(portNameKey('Et1')).not.toBe(portNameKey('Et11'));
  });

  it('matches an EOS switch reported with abbreviations and FQDNs to the design', () => {
    const design = template();
    const core = design.devices.find((d) => d.hostname === 'core-01')!;
    // Make core-01 an EOS switch: swpN becomes EthernetN.
    for (const p of core.ports) p.name = p.name.replace(/^swp/, 'Ethernet');
    for (const c of design.cables) {
      for (const end of [c.a, c.b]) {
        if (end.device === core.id) end.port = end.port.replace(/^swp/, 'Ethernet');
      }
    }
    const reports: LldpReport[] = [
      {
        device: 'CORE-01.lab.example.net',
        source: 'core-01.json',
        neighbors: [{ localPort: 'Et1', system: 'PVE-01.lab.example.net', port: 'ens1f0' }],
      },
      {
        device: 'pve-01',
        source: 'pve-01.json',
        neighbors: [{ localPort: 'ens1f0', system: 'core-01.lab.example.net', port: 'Et1' }],
      },
    ];
    const checked = checkCabling(design, reports);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.results.find((r) => r.label === 'N1-A')?.status).toBe('ok');
    expect(checked.results.filter((r) => r.status === 'unexpected')).toEqual([]);
  });
});

describe('cabling check on the reference design', () => {
  const design = template();
  const wires = wiresOf(design);

  function check(built: Wire[], reports = reportsOf(design, built)): CablingResult[] {
    const checked = checkCabling(design, reports);
    if (!checked.ok) throw new Error(checked.problems.join('\n'));
    return checked.results;
  }
  const byLabel = (results: CablingResult[], label: string) =>
    results.filter((r) => r.label === label);

  it('finds every cable ok when built as designed', () => {
    const results = check(wires);
    expect(results).toHaveLength(design.cables.length);
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(['ok']));
  });

  it('names a swapped pair (two ports of one server exchanged)', () => {
    let built = rewire(wires, { host: 'pve-02', port: 'ens1f0' });
    built = rewire(
      built,
      { host: 'pve-02', port: 'ens1f1' },
      {
        a: { host: 'pve-02', port: 'ens1f0' },
        b: { host: 'core-02', port: 'swp2' },
      },
    );
    built.push({ a: { host: 'pve-02', port: 'ens1f1' }, b: { host: 'core-01', port: 'swp2' } });
    const results = check(built);
    expect(byLabel(results, 'N2-A')).toMatchObject([
      { status: 'swapped', partner: 'cab-node2-core2', a: { hostname: 'pve-02', port: 'ens1f0' } },
    ]);
    expect(byLabel(results, 'N2-B')).toMatchObject([
      { status: 'swapped', partner: 'cab-node2-core1' },
    ]);
    expect(results.filter((r) => r.status !== 'ok')).toHaveLength(2);
  });

  it('names a swapped pair between two switches (peer links crossed)', () => {
    let built = rewire(wires, { host: 'core-01', port: 'swp21' });
    built = rewire(built, { host: 'core-01', port: 'swp22' });
    built.push(
      { a: { host: 'core-01', port: 'swp21' }, b: { host: 'core-02', port: 'swp22' } },
      { a: { host: 'core-01', port: 'swp22' }, b: { host: 'core-02', port: 'swp21' } },
    );
    const results = check(built);
    expect(byLabel(results, 'PEER-1')[0]?.status).toBe('swapped');
    expect(byLabel(results, 'PEER-2')[0]?.status).toBe('swapped');
    expect(results.filter((r) => r.status !== 'ok')).toHaveLength(2);
  });

  it('names a cable on the wrong port', () => {
    const built = rewire(
      wires,
      { host: 'pve-03', port: 'ens1f0' },
      {
        a: { host: 'pve-03', port: 'ens1f0' },
        b: { host: 'core-01', port: 'swp9' },
      },
    );
    const results = check(built);
    const [n3a] = byLabel(results, 'N3-A');
    expect(n3a).toMatchObject({
      status: 'wrong-port',
      a: { hostname: 'pve-03', port: 'ens1f0' },
      b: { hostname: 'core-01', port: 'swp3' },
    });
    expect(n3a!.message).toContain('pve-03:ens1f0 reaches core-01:swp9, not core-01:swp3');
    // The link is explained by N3-A: it is not also an unexpected neighbour of core-01:swp9.
    expect(results.filter((r) => r.status !== 'ok')).toHaveLength(1);
  });

  it('names a cable that reaches another device', () => {
    const built = rewire(
      wires,
      { host: 'fw-01', port: 'x1' },
      {
        a: { host: 'fw-01', port: 'x1' },
        b: { host: 'core-02', port: 'swp19' },
      },
    );
    const [fw1a] = byLabel(check(built), 'FW1-A');
    expect(fw1a).toMatchObject({ status: 'wrong-peer' });
    expect(fw1a!.message).toContain('fw-01:x1 reaches core-02:swp19, not core-01:swp17');
  });

  it('names a missing cable', () => {
    const built = rewire(wires, { host: 'pve-01', port: 'ens1f1' });
    const results = check(built);
    expect(byLabel(results, 'N1-B')).toMatchObject([
      {
        status: 'missing',
        a: { hostname: 'pve-01', port: 'ens1f1' },
        b: { hostname: 'core-02', port: 'swp1' },
      },
    ]);
  });

  it('says when a designed port is seen under another name (a kernel renamed the NIC)', () => {
    const renamed = rewire(
      wires,
      { host: 'pve-01', port: 'ens1f0' },
      {
        a: { host: 'pve-01', port: 'ens1f0np0' },
        b: { host: 'core-01', port: 'swp1' },
      },
    );
    const hint =
      'pve-01 has no port ens1f0np0 in the design: if that is ens1f0 under the name the system gives it, rename the port in the design';
    // Both ends reported: core-01 sees the node on a port the design does not have.
    const both = check(renamed).filter((r) => r.status !== 'ok');
    expect(both).toMatchObject([{ status: 'wrong-port', label: 'N1-A' }]);
    expect(both[0]!.message).toContain(hint);
    // Only the node reported: the designed port is silent, and the hint says where the link went.
    const nodeOnly = reportsOf(design, renamed).filter((r) => r.device === 'pve-01');
    const [n1a] = byLabel(check(renamed, nodeOnly), 'N1-A');
    expect(n1a).toMatchObject({ status: 'missing' });
    expect(n1a!.message).toContain(hint);
    const unexpected = check(renamed, nodeOnly).filter((r) => r.status === 'unexpected');
    expect(unexpected).toHaveLength(1);
    expect(unexpected[0]!.message).toContain(hint);
  });

  it('gives no rename hint when the other port is one the design has', () => {
    const built = rewire(
      wires,
      { host: 'pve-03', port: 'ens1f0' },
      {
        a: { host: 'pve-03', port: 'ens1f0' },
        b: { host: 'core-01', port: 'swp9' },
      },
    );
    for (const r of check(built)) expect(r.message).not.toContain('rename');
    // Another NIC the design does not have, and a switch port it does not have: a cabling
    // mistake or an alias, never a rename.
    for (const wrong of [
      { a: { host: 'pve-01', port: 'ens9f0' }, b: { host: 'core-01', port: 'swp1' } },
      { a: { host: 'pve-01', port: 'ens1f0' }, b: { host: 'core-01', port: 'swp1s0' } },
    ]) {
      const rewired = rewire(wires, { host: 'pve-01', port: 'ens1f0' }, wrong);
      for (const r of check(rewired)) expect(r.message).not.toContain('rename');
    }
  });

  it('names an unexpected neighbour once, though both ends report it', () => {
    const built = [
      ...wires,
      { a: { host: 'pve-01', port: 'eno2' }, b: { host: 'core-02', port: 'swp10' } },
    ];
    const unexpected = check(built).filter((r) => r.status !== 'ok');
    expect(unexpected).toMatchObject([
      {
        status: 'unexpected',
        a: { hostname: 'core-02', port: 'swp10' },
        b: { hostname: 'pve-01', port: 'eno2' },
      },
    ]);
  });

  it('names a neighbour that is not in the design', () => {
    const built = [
      ...wires,
      {
        a: { host: 'core-01', port: 'swp12' },
        b: { host: 'tech-laptop.corp.example', port: 'eth0' },
      },
    ];
    const odd = check(built).filter((r) => r.status !== 'ok');
    expect(odd).toMatchObject([
      {
        status: 'unknown-peer',
        a: { hostname: 'core-01', port: 'swp12' },
        b: { hostname: 'tech-laptop.corp.example', port: 'eth0' },
      },
    ]);
    expect(odd[0]!.message).toContain('not in the design');
  });

  it('counts a link once whatever names its ends are reported under', () => {
    const built = [
      ...wires,
      { a: { host: 'pve-01', port: 'eno2' }, b: { host: 'core-02', port: 'swp10' } },
    ];
    const reports = reportsOf(design, built).map((r) => {
      if (r.device === 'pve-01') {
        // The switch reported twice and under other spellings of its name and port.
        r.neighbors.push({ localPort: 'eno2', system: 'CORE-02.lab.example', port: 'SWP10' });
      }
      if (r.device === 'core-01') {
        // A stranger seen twice on one port is one finding; another one on that port is another.
        r.neighbors.push(
          { localPort: 'swp12', system: 'tech-laptop', port: 'eth0' },
          { localPort: 'swp12', system: 'tech-laptop', port: 'eth0' },
          { localPort: 'swp12', system: 'cam-01', port: 'lan' },
        );
      }
      return r;
    });
    const odd = check(built, reports).filter((r) => r.status !== 'ok');
    expect(odd).toMatchObject([
      { status: 'unknown-peer', a: { hostname: 'core-01' }, b: { hostname: 'tech-laptop' } },
      { status: 'unknown-peer', a: { hostname: 'core-01' }, b: { hostname: 'cam-01' } },
      { status: 'unexpected', b: { hostname: 'pve-01', port: 'eno2' } },
    ]);
    expect(odd).toHaveLength(3);
  });

  it('marks cables neither of whose devices reported as unchecked, and counts one-sided reports', () => {
    const reports = reportsOf(design, wires).filter((r) => r.device === 'pve-01');
    const results = check(wires, reports);
    expect(byLabel(results, 'N1-A')[0]?.status).toBe('ok');
    // The iDRAC port is invisible to pve-01's agent and mgmt-sw-01 did not report.
    expect(byLabel(results, 'M-PVE-01-IDRAC')[0]?.status).toBe('unchecked');
    expect(byLabel(results, 'N2-A')[0]?.status).toBe('unchecked');
  });

  it("says why a BMC cable is unchecked: the host's agent cannot see that port", () => {
    const idrac = design.cables.find((c) => c.label === 'M-PVE-01-IDRAC')!;
    const switchEnd = [idrac.a, idrac.b].find((e) => e.device !== 'node-1')!;
    const title = `M-PVE-01-IDRAC pve-01:idrac - mgmt-sw-01:${switchEnd.port}`;
    const fromPve01 = check(
      wires,
      reportsOf(design, wires).filter((r) => r.device === 'pve-01'),
    );
    expect(byLabel(fromPve01, 'M-PVE-01-IDRAC')[0]?.message).toBe(
      `${title}: unchecked (no LLDP report from mgmt-sw-01 was given; pve-01:idrac is a BMC port, with a NIC of its own that pve-01's LLDP agent does not see)`,
    );
    // Neither device reported: both named, and nothing said about the BMC.
    expect(byLabel(check(wires, []), 'M-PVE-01-IDRAC')[0]?.message).toBe(
      `${title}: unchecked (no LLDP report from pve-01 or mgmt-sw-01 was given)`,
    );
    // The switch's report checks the cable; the host's silence on its BMC port is no mismatch.
    const both = check(
      wires,
      reportsOf(design, wires).filter((r) => r.device === 'pve-01' || r.device === 'mgmt-sw-01'),
    );
    expect(byLabel(both, 'M-PVE-01-IDRAC')[0]).toMatchObject({
      status: 'ok',
      message: `${title}: ok`,
    });
  });

  it('says a console line carries no LLDP', () => {
    const d = template();
    const con = { type: 'console', role: 'console', speeds: [] as number[] } as const;
    d.devices.find((x) => x.id === 'core-1')!.ports.push({ ...con, name: 'console' });
    d.devices.find((x) => x.id === 'mgmt-1')!.ports.push({ ...con, name: 'con1' });
    d.cables.push({
      id: 'cab-con',
      label: 'CON-1',
      a: { device: 'core-1', port: 'console' },
      b: { device: 'mgmt-1', port: 'con1' },
      media: 'cat6a',
      lengthM: 2,
    });
    const checked = checkCabling(
      d,
      reportsOf(d, wiresOf(d)).filter((r) => r.device === 'core-01' || r.device === 'mgmt-sw-01'),
    );
    if (!checked.ok) throw new Error(checked.problems.join('\n'));
    expect(checked.results.find((r) => r.label === 'CON-1')?.message).toBe(
      'CON-1 core-01:console - mgmt-sw-01:con1: unchecked (core-01:console is a serial console port, which carries no LLDP; mgmt-sw-01:con1 is a serial console port, which carries no LLDP)',
    );
  });

  it('refuses a report from a device the design does not have', () => {
    const checked = checkCabling(design, [
      { device: 'pve-09', source: 'pve-09.json', neighbors: [] },
    ]);
    expect(checked).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('pve-09.json: no device "pve-09"')],
    });
  });
});
