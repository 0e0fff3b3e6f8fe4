import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CatalogModel, expandPorts } from '../../shared/catalog';
import { formatLoadProblem } from '../../shared/format';
import { generateConfiguration } from '../../shared/generate';
import type { Design } from '../../shared/model';
import { buildFromWizard } from '../../shared/templates';
import {
  NETBOX_COLUMNS,
  NETBOX_FILES,
  containerlabTopology,
  drawioXml,
  importDeviceType,
  netboxExport,
  xmlAttr,
} from '../../shared/interop';
import { template } from '../support/rules';

const DRAWIO_GOLDEN = 'tests/fixtures/golden/pve-hci-3node.drawio';
const fixture = (name: string) => readFileSync(`tests/fixtures/devicetypes/${name}`, 'utf8');

function csv(text: string): Record<string, string>[] {
  return parseCsv(text, { columns: true }) as Record<string, string>[];
}

describe('NetBox export', () => {
  const d = template();
  const out = netboxExport(d, { site: 'DC 1' });
  const file = (path: string) => {
    const found = out.files.find((f) => f.path === path);
    if (!found) throw new Error(`no ${path}`);
    return found.text;
  };

  it('writes the files in import order, each CSV with the columns NetBox reads', () => {
    expect(out.files.map((f) => f.path)).toEqual([
      '1-manufacturers.csv',
      '2-device-roles.csv',
      '3-sites.csv',
      '4-vlans.csv',
      '5-device-types/fortinet-fortigate-100f.yaml',
      '5-device-types/nvidia-spectrum-sn2010.yaml',
      '5-device-types/hpe-aruba-networking-instant-on-1930-24g-4sfp-sfp.yaml',
      '5-device-types/dell-poweredge-r660.yaml',
      '6-devices.csv',
      '7-interfaces.csv',
      '8-cables.csv',
      'README.md',
    ]);
    const header = (path: string) => file(path).split('\n')[0];
    expect(header(NETBOX_FILES.manufacturers)).toBe('name,slug');
    expect(header(NETBOX_FILES.deviceRoles)).toBe('name,slug,color');
    expect(header(NETBOX_FILES.sites)).toBe('name,slug,status');
    expect(header(NETBOX_FILES.vlans)).toBe('vid,name,status,site');
    expect(header(NETBOX_FILES.devices)).toBe(
      'name,role,manufacturer,device_type,status,site,description',
    );
    expect(header(NETBOX_FILES.interfaces)).toBe('device,name,type,description');
    expect(header(NETBOX_FILES.cables)).toBe(
      'side_a_device,side_a_type,side_a_name,side_b_device,side_b_type,side_b_name,type,status,label,color,length,length_unit',
    );
    expect(NETBOX_COLUMNS.cables).toHaveLength(12);
  });

  it('has rows that refer only to what an earlier file creates', () => {
    const manufacturers = new Set(csv(file(NETBOX_FILES.manufacturers)).map((r) => r.name));
    const roles = new Set(csv(file(NETBOX_FILES.deviceRoles)).map((r) => r.name));
    expect(csv(file(NETBOX_FILES.sites))).toEqual([
      { name: 'DC 1', slug: 'dc-1', status: 'planned' },
    ]);
    const types = out.files
      .filter((f) => f.path.startsWith('5-device-types/'))
      .map(
        (f) =>
          parseYaml(f.text) as {
            model: string;
            manufacturer: string;
            interfaces: { name: string; type: string; mgmt_only?: boolean }[];
          },
      );
    const typeModels = new Set(types.map((t) => t.model));
    const devices = csv(file(NETBOX_FILES.devices));
    expect(devices).toHaveLength(d.devices.length);
    for (const row of devices) {
      expect(manufacturers.has(row.manufacturer!)).toBe(true);
      expect(roles.has(row.role!)).toBe(true);
      expect(typeModels.has(row.device_type!)).toBe(true);
      expect(row.status).toBe('planned');
      expect(row.site).toBe('DC 1');
    }
    expect(devices[0]).toMatchObject({
      name: 'fw-01',
      role: 'Firewall',
      device_type: 'FortiGate 100F',
    });

    // Every cable end is an interface its device's type creates.
    const portsOf = new Map<string, Set<string>>();
    for (const row of devices) {
      const type = types.find((t) => t.model === row.device_type)!;
      portsOf.set(row.name!, new Set(type.interfaces.map((i) => i.name)));
    }
    const cables = csv(file(NETBOX_FILES.cables));
    expect(cables).toHaveLength(d.cables.length);
    for (const c of cables) {
      expect(portsOf.get(c.side_a_device!)?.has(c.side_a_name!)).toBe(true);
      expect(portsOf.get(c.side_b_device!)?.has(c.side_b_name!)).toBe(true);
      expect(c.side_a_type).toBe('dcim.interface');
      expect(c.length_unit).toBe('m');
      expect(c.status).toBe('planned');
    }
    expect(cables[0]).toMatchObject({
      side_a_device: 'core-01',
      side_a_name: 'swp21',
      side_b_device: 'core-02',
      type: 'mmf-om4',
      label: 'PEER-1',
    });
    const vlans = csv(file(NETBOX_FILES.vlans));
    expect(vlans.map((v) => v.vid)).toEqual(['10', '50', '51', '60', '61', '70', '100']);
  });

  it('models BMC ports as management-only interfaces and console ports as console ports', () => {
    const r660 = parseYaml(file('5-device-types/dell-poweredge-r660.yaml')) as {
      interfaces: { name: string; type: string; mgmt_only?: boolean }[];
    };
    expect(r660.interfaces.find((i) => i.name === 'idrac')).toEqual({
      name: 'idrac',
      type: '1000base-t',
      mgmt_only: true,
    });
    const sn2010 = parseYaml(file('5-device-types/nvidia-spectrum-sn2010.yaml')) as {
      interfaces: { name: string; mgmt_only?: boolean }[];
      'console-ports': { name: string; type: string }[];
    };
    expect(sn2010['console-ports']).toEqual([{ name: 'console', type: 'rj-45' }]);
    expect(sn2010.interfaces.find((i) => i.name === 'console')).toBeUndefined();
    expect(sn2010.interfaces.find((i) => i.name === 'eth0')?.mgmt_only).toBe(true);
  });

  it('creates only LAG interfaces and leaves their membership and VLAN modes to the README', () => {
    const lags = csv(file(NETBOX_FILES.interfaces));
    expect(lags.every((r) => r.type === 'lag')).toBe(true);
    expect(lags).toContainEqual({
      device: 'core-01',
      name: 'peerlink',
      type: 'lag',
      description: 'members: swp21, swp22',
    });
    const readme = file(NETBOX_FILES.readme);
    expect(readme).toMatch(/1\. .*1-manufacturers\.csv[^]*8\. .*8-cables\.csv/);
    expect(readme).toContain(
      '- core-01 peerlink: LAG (lacp) of swp21, swp22; mode trunk, tagged VLANs all, MTU 9216',
    );
    expect(readme).toContain(
      'needs their NetBox ids, which a file written before the import cannot know',
    );
  });

  it('leaves console cables out with the reason, and neutralises formula-like names', () => {
    const x = template();
    const core = x.devices.find((dev) => dev.id === 'core-1')!;
    const mgmt = x.devices.find((dev) => dev.id === 'mgmt-1')!;
    x.cables.push({
      id: 'cab-console',
      a: { device: core.id, port: 'console' },
      b: { device: mgmt.id, port: '20' },
      media: 'cat6',
      lengthM: 2,
      color: '#FF0000',
    });
    x.cables[0]!.color = '#00AA11';
    core.hostname = '=cmd()';
    const result = netboxExport(x);
    const cables = csv(result.files.find((f) => f.path === NETBOX_FILES.cables)!.text);
    expect(cables).toHaveLength(x.cables.length - 1);
    expect(cables[0]!.color).toBe('00aa11');
    expect(cables[0]!.side_a_device).toBe("'=cmd()");
    // Named by its ends, never by its internal id; an unlabelled cable has an empty label column.
    expect(result.notes.join('\n')).toContain(
      'Cable =cmd():console ↔ mgmt-sw-01:20 is a console cable',
    );
    expect(result.notes.join('\n')).not.toContain('cab-console');
    x.cables[1]!.label = undefined;
    const unlabelled = csv(netboxExport(x).files.find((f) => f.path === NETBOX_FILES.cables)!.text);
    expect(unlabelled[1]!.label).toBe('');
    expect(unlabelled[0]!.label).toBe(x.cables[0]!.label);
    expect(result.files.find((f) => f.path === 'README.md')!.text).toContain('## Left out');
  });

  it('gives devices of one model with other ports a device type of their own', () => {
    const x = template();
    x.devices.find((dev) => dev.id === 'node-3')!.ports.pop();
    const result = netboxExport(x);
    const devices = csv(result.files.find((f) => f.path === NETBOX_FILES.devices)!.text);
    expect(devices.find((r) => r.name === 'pve-03')!.device_type).toBe(
      'PowerEdge R660 (variant 2)',
    );
    expect(
      result.files.some((f) => f.path === '5-device-types/dell-poweredge-r660-variant-2.yaml'),
    ).toBe(true);
  });
});

describe('draw.io export', () => {
  const d = template();
  const xml = drawioXml(d);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
  }).parse(xml) as {
    mxfile: {
      host: string;
      diagram: { mxGraphModel: { root: { mxCell: Record<string, string>[] } } };
    };
  };
  const cells = parsed.mxfile.diagram.mxGraphModel.root.mxCell;

  it('is well-formed XML in the mxfile shape, with the two root cells first', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parsed.mxfile.host).toBe('ClusterWire');
    expect(cells[0]).toMatchObject({ id: '0' });
    expect(cells[1]).toMatchObject({ id: '1', parent: '0' });
  });

  it('has a vertex per device and an edge per cable whose source and target exist', () => {
    const ids = new Set(cells.map((c) => c.id));
    const vertices = cells.filter((c) => c.vertex === '1' && c.parent === '1');
    const edges = cells.filter((c) => c.edge === '1');
    expect(vertices).toHaveLength(d.devices.length);
    expect(edges).toHaveLength(d.cables.length);
    for (const edge of edges) {
      expect(ids.has(edge.source!)).toBe(true);
      expect(ids.has(edge.target!)).toBe(true);
      const labels = cells.filter((c) => c.parent === edge.id);
      expect(labels).toHaveLength(2);
    }
    const fw = vertices.find((v) => v.id === 'device-fw-1')!;
    expect(fw.value).toBe('fw-01\nFortiGate 100F');
    expect(fw.style).toContain('fillColor=#c2410c');
    const peer = edges.find((e) => e.id === 'cable-cab-peer-1')!;
    expect(peer.value).toBe('PEER-1\nOM4 fiber, 1 m');
    expect(cells.filter((c) => c.parent === peer.id).map((c) => c.value)).toEqual([
      'swp21',
      'swp21',
    ]);
  });

  it('names an unlabelled cable by its ends, not its internal id', () => {
    const x = template();
    const cable = x.cables.find((c) => c.id === 'cab-peer-1')!;
    cable.label = undefined;
    const text = drawioXml(x);
    expect(text).toContain('value="core-01:swp21 ↔ core-02:swp21&#xa;OM4 fiber, 1 m"');
  });

  it('stays well-formed whatever the names hold: markup, quotes, control characters', () => {
    const x = template();
    x.devices[0]!.hostname = 'a<b>&"c\'\u0001\u0007\ud800\nz';
    x.cables[0]!.label = ']]><!-- \u001b';
    const text = drawioXml(x);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(xmlAttr('a\nb\tc')).toBe('a&#xa;b&#x9;c');
  });

  it('matches the reviewed golden file (UPDATE_GOLDEN=1 to regenerate after a reviewed change)', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(DRAWIO_GOLDEN, xml);
    expect(existsSync(DRAWIO_GOLDEN), `${DRAWIO_GOLDEN} is missing: run with UPDATE_GOLDEN=1`).toBe(
      true,
    );
    expect(xml).toBe(readFileSync(DRAWIO_GOLDEN, 'utf8'));
  });
});

describe('containerlab export', () => {
  const d = template();
  const lab = containerlabTopology(d, { images: { linux: 'debian:12' } });
  const doc = parseYaml(lab.yaml) as {
    name: string;
    topology: {
      kinds?: Record<string, { image: string }>;
      nodes: Record<string, { kind: string; exec?: string[] }>;
      links: { endpoints: string[] }[];
    };
  };

  it('parses as YAML with name, nodes and links, every endpoint a node of the file', () => {
    expect(doc.name).toBe('pve-hci-reference-3-nodes');
    const nodes = doc.topology.nodes;
    expect(Object.keys(nodes)).toHaveLength(d.devices.length);
    for (const link of doc.topology.links) {
      expect(link.endpoints).toHaveLength(2);
      for (const endpoint of link.endpoints) {
        const [node, iface] = endpoint.split(':');
        expect(nodes[node!], endpoint).toBeDefined();
        expect(iface).toMatch(/^[A-Za-z0-9_.-]{1,15}$/);
        expect(iface).not.toBe('eth0');
      }
    }
    // Each interface is used by one link at most.
    const all = doc.topology.links.flatMap((l) => l.endpoints);
    expect(new Set(all).size).toBe(all.length);
  });

  it('uses the schema kind names and never invents an image', () => {
    expect(doc.topology.nodes['core-01']!.kind).toBe('nvidia_cumulusvx');
    expect(doc.topology.nodes['pve-01']!.kind).toBe('linux');
    // The Aruba management switch has no containerlab image: a Linux stand-in, not a cEOS.
    expect(doc.topology.nodes['mgmt-sw-01']!.kind).toBe('linux');
    expect(doc.topology.kinds).toEqual({ linux: { image: 'debian:12' } });
    expect(lab.missingImages).toEqual(['nvidia_cumulusvx']);
    expect(lab.yaml).not.toMatch(/image: (?!debian:12)/);
    expect(lab.yaml.split('\n')[1]).toContain('No image given for: nvidia_cumulusvx');
  });

  it('keeps Cumulus swp names, maps other ports, and lists the cables left out', () => {
    expect(doc.topology.links[0]!.endpoints).toEqual(['core-01:swp21', 'core-02:swp21']);
    const linked = d.cables.length - lab.leftOut.length;
    expect(doc.topology.links).toHaveLength(linked);
    expect(lab.leftOut.some((l) => l.startsWith('M-PVE-01-IDRAC: pve-01 idrac: BMC port'))).toBe(
      true,
    );
    expect(
      lab.leftOut.some((l) => l.startsWith('M-CORE-01-ETH0: core-01 eth0: switch management port')),
    ).toBe(true);
    expect(lab.renamed).toContain('mgmt-sw-01 25 is eth25');
    expect(lab.yaml).toContain('#   M-PVE-01-IDRAC');
  });

  it('builds the bonds, VLAN interfaces and addresses of Linux nodes', () => {
    const exec = doc.topology.nodes['pve-01']!.exec!;
    expect(exec).toContain('ip link add bond0 type bond mode 802.3ad');
    expect(exec).toContain('ip link set ens1f0 master bond0');
    expect(
      exec.some((l) => /^ip link add link bond0 name bond0\.\d+ type vlan id \d+$/.test(l)),
    ).toBe(true);
    expect(exec.some((l) => /^ip addr add 10\.10\.\d+\.\d+\/24 dev /.test(l))).toBe(true);
  });

  it('maps cEOS EthernetN to ethN', () => {
    const x = template();
    for (const dev of x.devices.filter((v) => v.role === 'core-switch')) {
      dev.model.manufacturer = 'Arista';
      dev.model.platform = 'eos';
    }
    for (const dev of x.devices)
      for (const p of dev.ports)
        if (p.name.startsWith('swp')) p.name = p.name.replace('swp', 'Ethernet');
    for (const c of x.cables)
      for (const end of [c.a, c.b]) end.port = end.port.replace(/^swp/, 'Ethernet');
    const text = containerlabTopology(x).yaml;
    const parsed = parseYaml(text) as typeof doc;
    expect(parsed.topology.nodes['core-01']!.kind).toBe('arista_ceos');
    expect(parsed.topology.links[0]!.endpoints).toEqual(['core-01:eth21', 'core-02:eth21']);
  });

  // containerlab's nvidia_cumulusvx takes swpN (N >= 1) and cEOS eth1 and up: breakout and
  // zero-numbered ports get the next free name instead of one containerlab refuses.
  const renamePort = (x: ReturnType<typeof template>, device: string, from: string, to: string) => {
    const dev = x.devices.find((v) => v.hostname === device)!;
    const id = dev.id;
    dev.ports.find((p) => p.name === from)!.name = to;
    for (const c of x.cables)
      for (const end of [c.a, c.b]) if (end.device === id && end.port === from) end.port = to;
    for (const lag of x.lags)
      for (const m of lag.members) if (m.device === id && m.port === from) m.port = to;
  };

  it('gives a Cumulus breakout port (swp21s0) a plain swpN name', () => {
    const x = template();
    renamePort(x, 'core-01', 'swp21', 'swp21s0');
    const out = containerlabTopology(x);
    const parsed = parseYaml(out.yaml) as typeof doc;
    const [a] = parsed.topology.links[0]!.endpoints;
    expect(a).toMatch(/^core-01:swp[1-9]\d*$/);
    expect(out.renamed).toContain(`core-01 swp21s0 is ${a!.slice('core-01:'.length)}`);
  });

  it('never maps a cEOS Ethernet0 to the management eth0', () => {
    const x = template();
    const ceos = x.devices.find((v) => v.hostname === 'mgmt-sw-01')!;
    ceos.model.platform = 'eos';
    const cabled = x.cables.find((c) => c.a.device === ceos.id || c.b.device === ceos.id)!;
    const end = cabled.a.device === ceos.id ? cabled.a : cabled.b;
    renamePort(x, 'mgmt-sw-01', end.port, 'Ethernet0');
    const parsed = parseYaml(containerlabTopology(x).yaml) as typeof doc;
    const endpoints = parsed.topology.links.flatMap((l) => l.endpoints);
    expect(endpoints).not.toContain('mgmt-sw-01:eth0');
  });
});

describe('containerlab export: a switch with no containerlab image', () => {
  type Topology = {
    topology: { nodes: Record<string, { kind: string; exec?: string[] }> };
  };
  const nodesOf = (yaml: string) => (parseYaml(yaml) as Topology).topology.nodes;

  it('is a Linux bridge of its linked ports by their VLANs, said in the header and the result', () => {
    const d = template();
    const lab = containerlabTopology(d);
    const exec = nodesOf(lab.yaml)['mgmt-sw-01']!.exec!;
    expect(exec[0]).toBe('ip link add br0 type bridge vlan_filtering 1');
    expect(exec.at(-1)).toBe('ip link set br0 up');
    // The uplink LAG to the cores is a bond in the bridge, a trunk of the management VLAN.
    expect(exec).toContain('ip link add uplink type bond mode 802.3ad');
    expect(exec).toContain('ip link set eth25 master uplink');
    expect(exec).toContain('ip link set uplink master br0');
    expect(exec).toContain('bridge vlan add dev uplink vid 10');
    // pve-01's management port: an access port of VLAN 10 (untagged, the port's PVID).
    const sw = d.devices.find((v) => v.hostname === 'mgmt-sw-01')!;
    const toPve01 = d.cables.find((c) => c.label === 'M-PVE-01-ENO1')!;
    const port = [toPve01.a, toPve01.b].find((e) => e.device === sw.id)!.port;
    expect(exec).toEqual(
      expect.arrayContaining([
        `ip link set eth${port} master br0`,
        `bridge vlan del dev eth${port} vid 1`,
        `bridge vlan add dev eth${port} vid 10 pvid untagged`,
      ]),
    );
    // Only linked ports: an unused access port is not in the container.
    const linkedPorts = new Set(
      d.cables
        .flatMap((c) => [c.a, c.b])
        .filter((e) => e.device === sw.id)
        .map((e) => e.port),
    );
    const unused = sw.ports.find((p) => p.role === 'service' && !linkedPorts.has(p.name))!;
    expect(exec.some((l) => l.includes(`eth${unused.name} `))).toBe(false);
    expect(lab.standIns).toEqual([
      'mgmt-sw-01 (HPE Aruba Networking Instant On 1930 24G 4SFP/SFP+): a Linux bridge of its linked ports',
    ]);
    expect(lab.yaml).toContain(
      '# Switches with no containerlab image for their platform are linux nodes',
    );
  });

  it('goes by the platform: none or unknown is a stand-in, a chosen eos or nvue runs that image', () => {
    const d = template();
    const core = d.devices.find((v) => v.hostname === 'core-01')!;
    core.model = { ...core.model, manufacturer: 'Generic', name: '25G switch' };
    delete core.model.platform;
    expect(nodesOf(containerlabTopology(d).yaml)['core-01']!.kind).toBe('linux');
    core.platform = 'eos';
    expect(nodesOf(containerlabTopology(d).yaml)['core-01']!.kind).toBe('arista_ceos');
    core.platform = 'nvue';
    expect(nodesOf(containerlabTopology(d).yaml)['core-01']!.kind).toBe('nvidia_cumulusvx');
    core.platform = 'none';
    expect(nodesOf(containerlabTopology(d).yaml)['core-01']!.kind).toBe('linux');
  });
});

describe('device-type library import', () => {
  it('maps a switch: ports by type and role, console port, management-only interface, power', () => {
    const result = importDeviceType(fixture('arista-dcs-7050sx3-48yc8.yaml'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { model, notes } = result.imported;
    expect(CatalogModel.safeParse(model).success).toBe(true);
    expect(model).toMatchObject({
      id: 'arista-dcs-7050sx3-48yc8',
      manufacturer: 'Arista',
      model: 'DCS-7050SX3-48YC8',
      partNumber: 'DCS-7050SX3-48YC8',
      heightU: 1,
      limits: {},
    });
    const ports = expandPorts(model.ports);
    expect(ports.map((p) => [p.name, p.type, p.role])).toEqual([
      ['Ethernet1', '25gbase-x-sfp28', 'service'],
      ['Ethernet2', '25gbase-x-sfp28', 'service'],
      ['Ethernet3', '25gbase-x-sfp28', 'service'],
      ['Ethernet4', '25gbase-x-sfp28', 'service'],
      ['Ethernet49/1', '100gbase-x-qsfp28', 'service'],
      ['Ethernet50/1', '100gbase-x-qsfp28', 'service'],
      ['Management1', '1000base-t', 'mgmt'],
      ['Console', 'console', 'console'],
    ]);
    expect(model.ports[0]).toMatchObject({ range: { prefix: 'Ethernet', from: 1, to: 4 } });
    expect(model.description).toContain('2 power ports (iec-60320-c14), maximum draw 369 W each');
    expect(notes.join('\n')).toContain('power ports');
    expect(model.role).toBe('core-switch');
    expect(notes.join('\n')).toContain('role: guessed "core-switch" from the model name');
  });

  it.each([
    ['Supermicro', 'SSE-G3648B', 'mgmt-switch'],
    ['Supermicro', 'SYS-1029U-TRT', 'server'],
    ['Dell', 'S5248F-ON', 'mgmt-switch'],
    ['Aruba', 'AP-515', 'other'],
    ['Cisco', 'Catalyst 9800-40', 'other'],
    ['Cisco', 'ASA 5516-X', 'firewall'],
    ['Juniper', 'SRX300', 'firewall'],
    ['Juniper', 'EX4300-48T', 'mgmt-switch'],
    ['Fortinet', 'FortiSwitch 148F', 'other'],
    ['Sophos', 'APX 530', 'other'],
  ])('guesses %s %s as %s from the product line, not the maker', (maker, model, role) => {
    const result = importDeviceType(
      `manufacturer: ${maker}\nmodel: ${model}\nslug: x-y\ninterfaces:\n  - name: p1\n    type: 1000base-t\n`,
    );
    if (!result.ok) throw new Error('expected ok');
    expect(result.imported.model.role).toBe(role);
  });

  it('guesses a server from its BMC port and a firewall from its name, and says so', () => {
    const server = importDeviceType(fixture('example-server-2u.yaml'));
    if (!server.ok) throw new Error('expected ok');
    expect(server.imported.model.role).toBe('server');
    expect(server.imported.notes.join('\n')).toContain(
      'role: guessed "server" from its iDRAC port',
    );
    const firewall = importDeviceType(
      'manufacturer: Fortinet\nmodel: FortiGate 200F\nslug: fortinet-fortigate-200f\ninterfaces:\n  - name: port1\n    type: 1000base-t\n',
    );
    if (!firewall.ok) throw new Error('expected ok');
    expect(firewall.imported.model.role).toBe('firewall');
    // Nothing to go by: other, never a guess dressed up as knowledge.
    const plain = importDeviceType(
      'manufacturer: Acme\nmodel: Box\nslug: acme-box\ninterfaces:\n  - name: eth0\n    type: 1000base-t\n',
    );
    if (!plain.ok) throw new Error('expected ok');
    expect(plain.imported.model.role).toBe('other');
  });

  it('reports interface types and components it cannot map, and takes the role it is given', () => {
    const result = importDeviceType(fixture('example-server-2u.yaml'), { role: 'server' });
    if (!result.ok) throw new Error('expected ok');
    const { model, notes } = result.imported;
    expect(model.role).toBe('server');
    expect(model.heightU).toBe(2);
    expect(expandPorts(model.ports).map((p) => p.name)).toEqual([
      'iDRAC',
      'NIC1',
      'NIC2',
      'SLOT1-1',
      'SLOT1-2',
    ]);
    expect(notes).toContain(
      'interface OCP1: type "2.5gbase-t" is not a port type ClusterWire knows; left out',
    );
    expect(notes).toContain('module-bays: not mapped (the catalog has no such ports)');
    expect(notes.some((n) => n.startsWith('role:'))).toBe(false);
  });

  it('names the line and column of a YAML syntax error', () => {
    const result = importDeviceType(fixture('broken-syntax.yaml'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = formatLoadProblem(result.problems[0]!, 'broken-syntax.yaml');
    expect(text).toMatch(/^broken-syntax\.yaml:\d+:\d+: /);
    expect(result.problems[0]!.line).toBeGreaterThanOrEqual(6);
  });

  it('names file, line and field of a schema error', () => {
    const result = importDeviceType(fixture('broken-field.yaml'));
    if (result.ok) throw new Error('expected problems');
    const lines = result.problems.map((p) => formatLoadProblem(p, 'broken-field.yaml'));
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^broken-field\.yaml:7:5: required field "type" is missing \(at \$\.interfaces\[1\]\.type\)$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^broken-field\.yaml:8:16: .*expected boolean.* \(at \$\.interfaces\[1\]\.mgmt_only\)$/,
      ),
    );
  });

  it('refuses a file without the required fields, naming them', () => {
    const result = importDeviceType('model: X\n', {});
    if (result.ok) throw new Error('expected problems');
    expect(result.problems[0]!.message).toBe('required field "manufacturer" is missing');
    expect(importDeviceType('- a\n- b\n').ok).toBe(false);
    expect(importDeviceType('').ok).toBe(false);
  });

  it('round-trips: a model exported to NetBox imports as the same ports', () => {
    const d = template();
    const out = netboxExport(d);
    const yaml = out.files.find((f) => f.path.endsWith('nvidia-spectrum-sn2010.yaml'))!.text;
    const result = importDeviceType(yaml, { role: 'core-switch' });
    if (!result.ok) throw new Error('expected ok');
    const ports = expandPorts(result.imported.model.ports);
    const core = d.devices.find((x) => x.id === 'core-1')!;
    expect(new Set(ports.map((p) => `${p.name} ${p.type}`))).toEqual(
      new Set(core.ports.map((p) => `${p.name} ${p.type}`)),
    );
  });
});

describe('device-type library import: BMC or management port', () => {
  /** The one interface of a library file, imported: its name, type and role. */
  const imported = (iface: string) => {
    const result = importDeviceType(
      `manufacturer: Acme\nmodel: Box\nslug: acme-box\ninterfaces:\n${iface}`,
      { role: 'server' },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return expandPorts(result.imported.model.ports).map((p) => [p.name, p.type, p.role]);
  };

  it.each(['iDRAC', 'iDRAC9', 'iLO', 'iLO 5', 'IPMI', 'BMC', 'XCC', 'IMM2', 'ipmi0'])(
    'a management-only interface named %s is the BMC port',
    (name) => {
      expect(imported(`  - name: ${name}\n    type: 1000base-t\n    mgmt_only: true\n`)).toEqual([
        [name, 'bmc', 'bmc'],
      ]);
    },
  );

  it('goes by the description or label when the name does not say it', () => {
    expect(
      imported(
        '  - name: mgmt0\n    type: 1000base-t\n    mgmt_only: true\n    description: Dedicated iLO 6 port\n',
      ),
    ).toEqual([['mgmt0', 'bmc', 'bmc']]);
    expect(
      imported('  - name: Gig-E 1\n    type: 1000base-t\n    mgmt_only: true\n    label: XCC\n'),
    ).toEqual([['Gig-E 1', 'bmc', 'bmc']]);
  });

  it('keeps other management-only interfaces as management ports, and data ports as service', () => {
    expect(imported('  - name: Management1\n    type: 1000base-t\n    mgmt_only: true\n')).toEqual([
      ['Management1', '1000base-t', 'mgmt'],
    ]);
    // "imm" inside a word, and a BMC word on an interface that is not management-only.
    expect(
      imported(
        '  - name: eth0\n    type: 1000base-t\n    mgmt_only: true\n    description: immediate out-of-band access\n',
      ),
    ).toEqual([['eth0', '1000base-t', 'mgmt']]);
    expect(imported('  - name: bmc-shared\n    type: 1000base-t\n')).toEqual([
      ['bmc-shared', '1000base-t', 'service'],
    ]);
  });
});

describe('NetBox export and generated switch configuration agree', () => {
  const lagNames = (design: Design, host: string) =>
    csv(netboxExport(design).files.find((f) => f.path === NETBOX_FILES.interfaces)!.text)
      .filter((r) => r.device === host)
      .map((r) => r.name)
      .sort();
  const generated = (design: Design, path: string) => {
    const result = generateConfiguration(design);
    if (!result.ok) throw new Error(`does not generate: ${result.reason}`);
    return result.files.find((f) => f.path === path)!.text;
  };

  it('names a Cumulus switch LAG as its bond (bondN, peerlink)', () => {
    const design = template();
    const nvue = generated(design, 'core-01/nvue-commands.sh');
    const bonds = [
      ...new Set([...nvue.matchAll(/^nv set interface (\S+) bond member/gm)].map((m) => m[1]!)),
    ];
    expect(bonds.length).toBeGreaterThan(1);
    expect(lagNames(design, 'core-01')).toEqual(bonds.sort());
    // The design's own LAG name stays findable where the switch renames it.
    const renamed = csv(
      netboxExport(design).files.find((f) => f.path === NETBOX_FILES.interfaces)!.text,
    ).filter((r) => r.device === 'core-01' && /^bond\d+$/.test(r.name ?? ''));
    expect(renamed.length).toBeGreaterThan(0);
    for (const r of renamed) expect(r.description).toMatch(/; ClusterWire LAG \S+$/);
    // The README's settings to make by hand name the same interfaces.
    const readme = netboxExport(design).files.find((f) => f.path === 'README.md')!.text;
    for (const r of renamed) expect(readme).toContain(`- core-01 ${r.name} (design LAG `);
  });

  it('names an EOS switch LAG as its Port-Channel', () => {
    const design = buildFromWizard({ nodes: 3, ceph: true, storageNics: false, uplinkGbps: 100 });
    const core = design.devices.find((d) => d.role === 'core-switch')!.hostname;
    const eos = generated(design, `${core}/startup-config.eos`);
    const channels = [...eos.matchAll(/^interface (Port-Channel\d+)$/gm)].map((m) => m[1]!);
    expect(channels.length).toBeGreaterThan(1);
    expect(lagNames(design, core)).toEqual(channels.sort());
  });

  it("keeps the design's LAG name where the switch has no platform", () => {
    const design = template();
    for (const d of design.devices) if (d.role === 'core-switch') d.platform = 'none';
    const core = design.devices.find((d) => d.hostname === 'core-01')!;
    expect(lagNames(design, 'core-01')).toEqual(
      design.lags
        .filter((l) => l.members.some((m) => m.device === core.id))
        .map((l) => l.name)
        .sort(),
    );
  });
});
