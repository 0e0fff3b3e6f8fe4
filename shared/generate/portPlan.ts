import type { Device } from '../model';
import { lacpRateOf } from '../model';
import type { DesignIndex, Facts } from './facts';
import { vlanRanges } from './facts';

/**
 * A port plan in markdown for a device that gets no configuration: the management switch
 * (small switches' syntax varies too much), the firewalls (their vendor configuration is theirs)
 * and switches whose model names no platform. One row per used port: what it carries, its LAG,
 * its cable and the far end. Cells hold only checked text, and `|` cannot occur in one.
 */
export function portPlan(device: Device, index: DesignIndex, facts: Facts, header: string): string {
  const rows: string[] = [];
  const lagOf = new Map<string, string>();
  const lagVlans = new Map<string, string>();
  for (const lag of index.lagsOf(device)) {
    const name = `${cell(lag.name)} (${lag.mode === 'lacp' ? `LACP ${lacpRateOf(lag)}` : lag.mode})`;
    const vlans = vlansOf(lag.config, index);
    for (const m of lag.members)
      if (m.device === device.id) {
        lagOf.set(m.port, name);
        lagVlans.set(m.port, vlans);
      }
  }
  // What each port carries: its own attachments and its LAG's, worked out once per device.
  const carriedOn = new Map<string, string[]>();
  for (const { attachment: a, network: n } of index.attachmentsOf(device)) {
    const ports =
      a.lag !== undefined
        ? (index.lag(a.lag)?.members ?? []).filter((m) => m.device === device.id).map((m) => m.port)
        : a.port !== undefined
          ? [a.port]
          : [];
    const vlan = n.vlan !== undefined ? ` VLAN ${n.vlan}${a.tagged ? ' tagged' : ' untagged'}` : '';
    for (const port of ports) {
      const address =
        a.address !== undefined
          ? ` ${facts.address(a.address, { device: device.hostname, port, field: `network ${n.name}: address` }, 'address')}`
          : '';
      const text = `${cell(n.name)}${vlan}${address}`;
      const list = carriedOn.get(port);
      if (list) list.push(text);
      else carriedOn.set(port, [text]);
    }
  }
  // The model's own port order (natural: 1, 2, ..., 10).
  for (let i = 0; i < device.ports.length; i++) {
    const port = device.ports[i]!;
    const peer = index.peerAt(device, i);
    const configured = port.config?.mode ? vlansOf(port.config, index) : '';
    const lag = lagOf.get(port.name) ?? '';
    if (!peer && !configured && !lag) continue;
    const carries = [
      configured || lagVlans.get(port.name) || '',
      ...(carriedOn.get(port.name) ?? []),
    ]
      .filter(Boolean)
      .join('; ');
    // A cable label is checked text already (Facts.text), which holds no | or markup.
    const cable = peer?.cable.label ? facts.cableLabel(peer.cable) : '';
    const far = peer ? `${peer.device.hostname} ${cell(peer.port)}` : '';
    const role = port.role === 'ha' ? 'HA link' : port.role;
    rows.push(`| ${cell(port.name)} | ${role} | ${carries} | ${lag} | ${cable} | ${far} |`);
  }
  return (
    `${header}\n# Port plan: ${device.hostname}\n\n` +
    // Model text is the user's: labelled, so it never starts a line, and cleaned like a cell.
    `Model: ${cell(device.model.manufacturer)} ${cell(device.model.name)}; ` +
    'ClusterWire writes no vendor configuration for this device: configure it by this plan.\n\n' +
    '| Port | Role | Carries | LAG | Cable | Far end |\n|---|---|---|---|---|---|\n' +
    `${rows.join('\n')}\n` +
    (device.role === 'firewall' ? gatewaySection(device, index, facts) : '')
  );
}

/**
 * The gateways of the networks a firewall sits on: the design names them but no generated file
 * configures them, and a firewall pair holds them in one of two ways. VRRP or CARP keep each
 * unit's own address and share the gateway as a virtual address; FortiGate FGCP and other
 * clusters that sync one configuration give the interface the gateway itself, and a unit's own
 * address becomes its unsynchronised in-band management address
 * (https://docs.fortinet.com/document/fortigate/7.0.0/administration-guide/251230/in-band-management).
 */
function gatewaySection(device: Device, index: DesignIndex, facts: Facts): string {
  const rows: string[] = [];
  const listed = new Set<string>();
  // The data-plane attachment of a network first: a firewall routes on its data ports or LAGs,
  // not on its management port.
  const onMgmtPort = (a: Device['attachments'][number]) =>
    a.port !== undefined && device.ports.some((p) => p.name === a.port && p.role === 'mgmt');
  const dataFirst = [...device.attachments].sort(
    (x, y) => Number(onMgmtPort(x)) - Number(onMgmtPort(y)),
  );
  for (const a of dataFirst) {
    const n = index.network(a.network);
    if (!n || n.gateway === undefined || listed.has(n.id)) continue;
    listed.add(n.id);
    const gateway = facts.address(n.gateway, { device: n.name, field: 'gateway' }, 'gateway');
    const on = a.lag !== undefined ? (index.lag(a.lag)?.name ?? a.lag) : (a.port ?? '');
    const own =
      a.address !== undefined
        ? `${facts.address(
            a.address,
            { device: device.hostname, field: `network ${n.name}: address` },
            'address',
          )} on ${cell(on)}`
        : '';
    rows.push(`| ${cell(n.name)} | ${n.vlan ?? ''} | ${gateway} | ${own} |`);
  }
  if (rows.length === 0) return '';
  const pair = index.design.haPairs.find((p) => p.firewalls.includes(device.id));
  const peer = pair
    ? index.hostname(pair.firewalls[0] === device.id ? pair.firewalls[1] : pair.firewalls[0])
    : undefined;
  const lines = [
    '',
    '## Gateways',
    '',
    "The networks this firewall sits on name these gateways (the nodes' default route, the guests' gateway). If this firewall routes a network, put the gateway address on it.",
    '',
    '| Network | VLAN | Gateway | This unit |',
    '|---|---|---|---|',
    ...rows,
    '',
  ];
  if (peer)
    lines.push(
      `HA pair with ${peer}: with VRRP or CARP each unit keeps its own address (the last column) and the pair holds the gateway as its virtual address. With FortiGate FGCP, or another cluster that syncs one configuration to both units, the interface address is the gateway itself; for access to each unit, give it its own address as in-band management (FortiGate \`set management-ip\`, which is not synchronised) or use the HA reserved management interface.`,

      '',
    );
  return lines.join('\n');
}

function vlansOf(
  config:
    | {
        mode?: 'access' | 'trunk' | undefined;
        untaggedVlan?: number | undefined;
        taggedVlans?: number[] | 'all' | undefined;
      }
    | undefined,
  index: DesignIndex,
): string {
  if (!config) return '';
  const parts: string[] = [];
  if (config.mode) parts.push(config.mode);
  if (config.untaggedVlan !== undefined) parts.push(`untagged ${config.untaggedVlan}`);
  if (config.mode !== 'access' && config.taggedVlans !== undefined)
    parts.push(
      `tagged ${vlanRanges(config.taggedVlans === 'all' ? index.vlans : config.taggedVlans, ',')}`,
    );
  return parts.join(' ');
}

/** Port names come from catalogs and users: keep a table cell one cell on one line. */
function cell(text: string): string {
  // Table syntax and control characters (C0, DEL, C1): neither may reach the file raw.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[|\\`<>\u0000-\u001f\u007f-\u009f]/g, '_');
}
