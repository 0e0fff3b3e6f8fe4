import { stringify } from 'yaml';
import type { Design, Device, Lag, Network, Port, VlanConfig } from '../model';
import { LINUX_BOND_MODE, cableName, portKey } from '../model';
import { CLAB_KINDS, clabKind, isSwitch } from './clabKinds';
import type { ClabKind } from './clabKinds';
import { indexDesign, slugify } from './names';

export { CLAB_KINDS, clabKind };
export type { ClabKind };

export interface ClabOptions {
  /** Image per kind (`--clab-image KIND=IMAGE`); a kind without one gets no image line. */
  images?: Partial<Record<ClabKind, string>>;
}

export interface ClabExport {
  yaml: string;
  /** Kinds in the lab with no image given: containerlab refuses to deploy until they have one. */
  missingImages: ClabKind[];
  /** Cables that are not links of the lab, each with the reason. */
  leftOut: string[];
  /** Ports that have another interface name inside the lab's containers. */
  renamed: string[];
  /**
   * Switches whose platform has no containerlab image, each with what stands in for it: a Linux
   * container bridging its linked ports by the design's port VLANs.
   */
  standIns: string[];
}

/** A Linux interface name: at most 15 bytes, no slash, colon or white space. */
const LINUX_IFNAME = /^[A-Za-z0-9_.-]{1,15}$/;
/** eth0 is the management interface containerlab gives every node. */
const RESERVED = new Set(['eth0', 'lo']);

/** The interface name a port keeps inside the lab, when the kind's naming allows it as is. */
function nativeName(kind: ClabKind, port: string): string | null {
  switch (kind) {
    case 'arista_ceos': {
      // cEOS shows EthernetN (or EthernetN/M) for the container's ethN (ethN_M).
      // containerlab takes eth1 and up (eth[1-9]...): an Ethernet0 would be the management eth0.
      const m = /^Ethernet([1-9]\d*)(?:\/(\d+))?$/.exec(port);
      return m ? `eth${m[1]}${m[2] ? `_${m[2]}` : ''}` : null;
    }
    case 'nvidia_cumulusvx':
      // containerlab takes swpN (N >= 1) only: a breakout port (swp1s0) gets the next free swpN.
      return /^swp[1-9]\d*$/.test(port) ? port : null;
    case 'linux':
      // A bare port number (an access switch's 25) is no readable interface name: ethN instead.
      return LINUX_IFNAME.test(port) && !/^\d+$/.test(port) && !RESERVED.has(port) ? port : null;
  }
}

const prefixOf: Record<ClabKind, string> = {
  arista_ceos: 'eth',
  nvidia_cumulusvx: 'swp',
  linux: 'eth',
};

/** Whether a port can be a link of the lab; null if it can, else why not. */
function whyNotInLab(device: Device, port: Port): string | null {
  if (port.type === 'console') return 'console port';
  if (port.type === 'bmc' || port.role === 'bmc') return 'BMC port (out-of-band, not in a lab)';
  if (isSwitch(device) && port.role === 'mgmt')
    return "switch management port (the lab's eth0 management network stands in for it)";
  return null;
}

/** Lab and node names as containerlab's schema allows them: a letter or digit first. */
const CLAB_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const clabName = (text: string, fallback: string) =>
  slugify(text, fallback).replace(/^[^a-z0-9]+/, '') || fallback;

const ADDRESS = /^[0-9A-Fa-f:.]+(\/\d{1,3})?$/;
// eslint-disable-next-line no-control-regex -- a comment line must not break at a control character
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ');

/**
 * The design as a containerlab topology: a node per device (switches as cEOS or Cumulus VX,
 * the rest as Linux containers whose exec lines build their bonds, VLANs and addresses), a link
 * per cable whose two ends are data ports of the lab. Images are never invented.
 */
export function containerlabTopology(design: Design, options: ClabOptions = {}): ClabExport {
  const index = indexDesign(design);
  const leftOut: string[] = [];
  const renames = new Map<string, string>();
  const used = new Set<string>();

  const nodeName = new Map<string, string>();
  const kinds = new Map<string, ClabKind>();
  const usedNodes = new Set<string>();
  for (const device of design.devices) {
    let name = CLAB_NAME.test(device.hostname)
      ? device.hostname
      : clabName(device.hostname, 'node');
    for (let n = 2; usedNodes.has(name); n++) name = `${clabName(device.hostname, 'node')}-${n}`;
    usedNodes.add(name);
    nodeName.set(device.id, name);
    kinds.set(device.id, clabKind(device));
  }

  // Interface names inside the lab, per device: the port's own name where the kind allows it,
  // otherwise the next free ethN / swpN in the device's port order.
  const ifName = new Map<string, string>();
  for (const device of design.devices) {
    const kind = kinds.get(device.id)!;
    const used = new Set<string>();
    const pending: Port[] = [];
    for (const port of device.ports) {
      if (whyNotInLab(device, port)) continue;
      const native = nativeName(kind, port.name);
      if (native && !used.has(native)) {
        used.add(native);
        ifName.set(portKey({ device: device.id, port: port.name }), native);
      } else pending.push(port);
    }
    let next = 1;
    for (const port of pending) {
      while (used.has(`${prefixOf[kind]}${next}`)) next++;
      const name = `${prefixOf[kind]}${next}`;
      used.add(name);
      const key = portKey({ device: device.id, port: port.name });
      ifName.set(key, name);
      renames.set(key, `${nodeName.get(device.id)} ${oneLine(port.name)} is ${name}`);
    }
  }

  const links: { endpoints: [string, string] }[] = [];
  const linked = new Set<string>();
  for (const cable of design.cables) {
    const label = oneLine(cableName(cable, (id) => index.device(id)?.hostname));
    const reasons: string[] = [];
    const endpoints: string[] = [];
    for (const ref of [cable.a, cable.b]) {
      const device = index.device(ref.device);
      const port = index.port(ref);
      if (!device || !port) {
        reasons.push('an end is not in the design');
        continue;
      }
      const why = whyNotInLab(device, port);
      if (why) reasons.push(`${nodeName.get(device.id)} ${oneLine(port.name)}: ${why}`);
      else {
        used.add(portKey(ref));
        // containerlab's endpoint syntax, node:interface, not a port key.
        endpoints.push(`${nodeName.get(device.id)}:${ifName.get(portKey(ref))}`);
      }
    }
    // A veth pair joins two distinct interfaces, one pair per interface.
    if (reasons.length === 0 && endpoints[0] === endpoints[1])
      reasons.push('both ends are the same port');
    else if (reasons.length === 0)
      for (const endpoint of endpoints)
        if (linked.has(endpoint)) reasons.push(`${endpoint} already has a cable in the lab`);
    if (reasons.length > 0) leftOut.push(`${label}: ${reasons.join('; ')}`);
    else {
      for (const endpoint of endpoints) linked.add(endpoint);
      links.push({ endpoints: endpoints as [string, string] });
    }
  }

  // Each device's LAGs, found once: a loop over every LAG per device is quadratic in big designs.
  const lagsOf = new Map<string, Lag[]>();
  for (const lag of design.lags)
    for (const id of new Set(lag.members.map((m) => m.device))) {
      const list = lagsOf.get(id);
      if (list) list.push(lag);
      else lagsOf.set(id, [lag]);
    }
  const networks = new Map(design.networks.map((n) => [n.id, n]));
  const designVlans: number[] = [];
  for (const n of design.networks) if (n.vlan !== undefined) designVlans.push(n.vlan);
  designVlans.sort((x, y) => x - y);
  const nodes: Record<string, { kind: ClabKind; exec?: string[] }> = {};
  const standIns: string[] = [];
  for (const device of design.devices) {
    const kind = kinds.get(device.id)!;
    const node: { kind: ClabKind; exec?: string[] } = { kind };
    const name = nodeName.get(device.id)!;
    if (kind === 'linux' && isSwitch(device)) {
      const inLab = (iface: string) => linked.has(`${name}:${iface}`);
      const exec = bridgeCommands(device, lagsOf.get(device.id) ?? [], ifName, inLab, designVlans);
      node.exec = exec;
      standIns.push(
        `${name} (${oneLine(`${device.model.manufacturer} ${device.model.name}`.trim())}): a Linux bridge of its linked ports`,
      );
    } else if (kind === 'linux') {
      const exec = hostCommands(device, lagsOf.get(device.id) ?? [], networks, ifName);
      if (exec.length > 0) node.exec = exec;
    }
    nodes[name] = node;
  }

  // Only the ports the lab links use: a 48-port switch renamed port by port says nothing.
  const renamed = [...renames].filter(([key]) => used.has(key)).map(([, text]) => text);

  const inLab = [...new Set(kinds.values())].sort();
  const images = options.images ?? {};
  const missingImages = inLab.filter((k) => !images[k]);
  const kindSettings: Record<string, { image: string }> = {};
  for (const kind of inLab) {
    const image = images[kind];
    if (image) kindSettings[kind] = { image };
  }

  const topology: Record<string, unknown> = {};
  if (Object.keys(kindSettings).length > 0) topology.kinds = kindSettings;
  topology.nodes = nodes;
  // The schema wants at least one link when the key is there: a lab without cables has none.
  if (links.length > 0) topology.links = links;
  const doc = { name: clabName(design.meta.name, 'clusterwire'), topology };

  const header = [
    `containerlab topology of "${oneLine(design.meta.name)}", written by ClusterWire.`,
    ...(missingImages.length > 0
      ? [
          `No image given for: ${missingImages.join(', ')}. Set topology.kinds.<kind>.image (or`,
          'export again with --clab-image KIND=IMAGE) before "containerlab deploy".',
        ]
      : []),
    ...(standIns.length > 0
      ? [
          'Switches with no containerlab image for their platform are linux nodes whose exec lines',
          "bridge their linked ports by the design's port VLANs (a stand-in: none of the switch's",
          'own software, settings or management address is in the lab):',
          ...standIns.map((s) => `  ${s}`),
        ]
      : []),
    ...(leftOut.length > 0 ? ['Cables left out of the lab:', ...leftOut.map((l) => `  ${l}`)] : []),
    ...(renamed.length > 0
      ? ['Ports named otherwise inside the lab:', ...renamed.map((r) => `  ${r}`)]
      : []),
  ];
  const yaml = `${header.map((l) => `# ${l}`).join('\n')}\n${stringify(doc, { lineWidth: 0 })}`;
  return { yaml, missingImages, leftOut, renamed, standIns };
}

/** The bonds of a device's LAGs over the interfaces `has` accepts, as ip(8) lines. */
function bondCommands(
  device: Device,
  lags: Lag[],
  ifName: Map<string, string>,
  has: (iface: string) => boolean,
  exec: string[],
): Map<string, string> {
  const bondName = new Map<string, string>();
  let bonds = 0;
  for (const lag of lags) {
    const members = lag.members
      .filter((m) => m.device === device.id)
      .map((m) => ifName.get(portKey(m)))
      .filter((n): n is string => n !== undefined && has(n));
    if (members.length === 0) continue;
    const own = lag.name && LINUX_IFNAME.test(lag.name) && !RESERVED.has(lag.name);
    const name = own ? lag.name : `bond${bonds}`;
    bonds++;
    bondName.set(lag.id, name);
    exec.push(`ip link add ${name} type bond mode ${LINUX_BOND_MODE[lag.mode]}`);
    for (const member of members)
      exec.push(`ip link set ${member} down`, `ip link set ${member} master ${name}`);
    exec.push(`ip link set ${name} up`);
  }
  return bondName;
}

/**
 * ip(8) and bridge(8) lines that make a Linux container stand in for a switch without a
 * containerlab image: a VLAN-aware bridge of its linked ports (its LAGs as bonds), each port
 * an access or trunk port as the design configures it. A port without a VLAN configuration
 * stays in VLAN 1 untagged, as on a switch out of the box.
 */
function bridgeCommands(
  device: Device,
  lags: Lag[],
  ifName: Map<string, string>,
  inLab: (iface: string) => boolean,
  designVlans: number[],
): string[] {
  const names = new Set<string>();
  for (const port of device.ports) {
    const name = ifName.get(portKey({ device: device.id, port: port.name }));
    if (name) names.add(name);
  }
  let bridge = 'br0';
  for (let n = 1; names.has(bridge); n++) bridge = `br${n}`;
  const exec = [`ip link add ${bridge} type bridge vlan_filtering 1`];
  const bondName = bondCommands(device, lags, ifName, inLab, exec);
  const member = (iface: string, config: VlanConfig | undefined) => {
    exec.push(`ip link set ${iface} master ${bridge}`);
    const untagged = config?.untaggedVlan;
    if (untagged !== undefined)
      exec.push(
        `bridge vlan del dev ${iface} vid 1`,
        `bridge vlan add dev ${iface} vid ${untagged} pvid untagged`,
      );
    if (config?.mode !== 'access') {
      const tagged = new Set(
        config?.taggedVlans === 'all' ? designVlans : (config?.taggedVlans ?? []),
      );
      for (const vlan of tagged)
        if (vlan !== untagged) exec.push(`bridge vlan add dev ${iface} vid ${vlan}`);
    }
    exec.push(`ip link set ${iface} up`);
  };
  for (const lag of lags) {
    const bond = bondName.get(lag.id);
    if (bond) member(bond, lag.config);
  }
  const inLag = new Set<string>();
  for (const lag of lags)
    for (const m of lag.members) if (m.device === device.id) inLag.add(m.port);
  for (const port of device.ports) {
    const iface = ifName.get(portKey({ device: device.id, port: port.name }));
    if (iface && inLab(iface) && !inLag.has(port.name)) member(iface, port.config);
  }
  exec.push(`ip link set ${bridge} up`);
  return exec;
}

/** ip(8) lines that give a Linux node its bonds, VLAN interfaces and addresses. */
function hostCommands(
  device: Device,
  lags: Lag[],
  networks: Map<string, Network>,
  ifName: Map<string, string>,
): string[] {
  const exec: string[] = [];
  const bondName = bondCommands(device, lags, ifName, () => true, exec);
  for (const attachment of device.attachments) {
    const network = networks.get(attachment.network);
    const { lag, port } = attachment;
    const parent =
      lag !== undefined
        ? bondName.get(lag)
        : port !== undefined
          ? ifName.get(portKey({ device: device.id, port }))
          : undefined;
    if (!network || !parent) continue;
    let iface = parent;
    if (attachment.tagged && network.vlan !== undefined) {
      iface = `${parent}.${network.vlan}`;
      if (iface.length > 15) iface = `vlan${network.vlan}`;
      exec.push(
        `ip link add link ${parent} name ${iface} type vlan id ${network.vlan}`,
        `ip link set ${iface} up`,
      );
    }
    const address = attachment.address;
    if (address && ADDRESS.test(address)) {
      const prefix = address.includes('/') ? '' : (/\/\d+$/.exec(network.cidr ?? '')?.[0] ?? '');
      exec.push(`ip addr add ${address}${prefix} dev ${iface}`);
    }
  }
  return exec;
}
