import type { Device, Lag, MlagPair, PortConfig, SwitchPlatform } from '../model';
import { lacpRateOf } from '../model';
import { maxOf } from '../model/numbers';
import { hostPart } from '../topology/ip';
import type { DesignIndex, Facts, PeerEnd } from './facts';
import { ascendingUnique, comparePorts, portNumber, withPrefix } from './facts';

/**
 * A core switch's configuration, platform-neutral: the EOS and NVUE writers print it. One LAG
 * object of the design gives one channel number, so both peers of an MLAG pair always get the
 * same MLAG id for a bond (the classic silent mistake is a dual-homed bond without it).
 */

export interface Channel {
  lag: Lag;
  id: number;
  members: string[];
  mlag: boolean;
  peerLink: boolean;
  allowed: number[];
  native?: number;
  mtu: number;
  lacp: 'active' | 'on';
  rate: 'fast' | 'slow';
  description: string;
  /** The far end is a server or firewall, not a switch: an edge port (portfast). */
  edge: boolean;
}

export interface SwitchPort {
  name: string;
  description?: string;
  channel?: number;
  config?: PortConfig;
  mtu?: number;
}

export interface PairSide {
  pair: MlagPair;
  first: boolean;
  peer: Device;
  domainId: string;
  peerVlan: number;
  localAddress?: string;
  peerAddress?: string;
  keepalive?: { address: string; overManagement: boolean };
  systemMac?: string;
}

export interface SwitchPlan {
  device: Device;
  platform: 'eos' | 'nvue';
  vlans: Array<{ id: number; name: string }>;
  channels: Channel[];
  ports: SwitchPort[];
  mgmt?: { port: string; address: string; gateway?: string };
  pair?: PairSide;
  /** Lines for the file's header comment: what generation changed from the design (MTU clamps). */
  notes: string[];
}

/** EOS keeps VLAN 4094 for the MLAG peer SVI by convention (Arista AVD's default). */
export const EOS_PEER_VLAN = 4094;
/**
 * Cumulus Linux's default reserved VLAN range, kept for the switching silicon's internal use:
 * 3725-3999 in 5.x (and 4.4), 3600-3999 in 4.3, 3000-3999 before. Generation writes for 5.x
 * (NVUE) and assumes the default, since the design does not record a moved range. Sources:
 * https://docs.nvidia.com/networking-ethernet-software/cumulus-linux-511/Layer-2/Ethernet-Bridging-VLANs/VLAN-aware-Bridge-Mode/
 * (section Reserved VLAN Range) and the table of defaults per release in
 * https://docs.nvidia.com/networking-ethernet-software/knowledge-base/Configuration-and-Usage/Network-Configuration/Reserved-VLAN-Range-and-Limitations/
 */
export const NVUE_RESERVED = { from: 3725, to: 3999 } as const;

/**
 * The interface names each platform takes, for data ports and for the management port. EOS
 * refuses other names at the prompt (front panel EthernetN[/M[/L]], out-of-band ManagementN[/M]);
 * NVUE takes any name but a Cumulus switch's front-panel ports are swpN or breakout swpNsM and
 * its management port eth0, so a name like eth1 or mgmt0 configures an interface that is not
 * there. https://www.arista.com/en/um-eos/eos-ethernet-ports,
 * https://docs.nvidia.com/networking-ethernet-software/cumulus-linux-511/Layer-1-and-Switch-Ports/Interface-Configuration-and-Management/
 */
const PORT_NAME: Record<'eos' | 'nvue', { data: RegExp; mgmt: RegExp; expect: string }> = {
  eos: {
    data: /^Ethernet\d+(\/\d+){0,2}$/,
    mgmt: /^Management\d+(\/\d+)?$/,
    expect:
      'EOS names data ports EthernetN or EthernetN/M and the management port ManagementN (Management1)',
  },
  nvue: {
    data: /^swp\d+(s\d+)?$/,
    mgmt: /^eth0$/,
    expect: 'Cumulus Linux names data ports swpN or swpNsM and the management port eth0',
  },
};
/**
 * The largest interface MTU each platform takes. EOS: the `mtu` command takes 68-9214 on most
 * platforms (https://www.arista.com/en/um-eos/eos-ethernet-ports, "mtu (Interface)");
 * Cumulus Linux: up to 9216 (https://docs.nvidia.com/networking-ethernet-software/cumulus-linux-511/Layer-1-and-Switch-Ports/Interface-Configuration-and-Management/Switch-Port-Attributes/,
 * section MTU). A switch model's own maxMtu can be lower still.
 */
export const PLATFORM_MAX_MTU: Record<'eos' | 'nvue', number> = { eos: 9214, nvue: 9216 };
const DOMAIN_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const SYSTEM_MAC = /^44:38:39:ff:[0-9a-f]{2}:[0-9a-f]{2}$/i;

/** The configuration language a switch's model names: its snapshot's, else the catalog's. */
export function modelPlatform(
  device: Device,
  catalogPlatform: (catalogId: string) => SwitchPlatform | undefined,
): SwitchPlatform | undefined {
  return (
    device.model.platform ??
    (device.model.catalogId !== undefined ? catalogPlatform(device.model.catalogId) : undefined)
  );
}

/**
 * The platform of a switch: the one chosen for the device, else its model's, else the option
 * (the CLI's --switch-platform, the dialog's choice) for a generic model.
 */
export function platformOf(
  device: Device,
  index: DesignIndex,
  catalogPlatform: (catalogId: string) => SwitchPlatform | undefined,
  option: 'eos' | 'nvue' | undefined,
  facts: Facts,
): 'eos' | 'nvue' | 'none' | undefined {
  const platform = device.platform ?? modelPlatform(device, catalogPlatform);
  if (platform !== undefined) return platform;
  if (option) return option;
  void index;
  facts.miss({
    device: device.hostname,
    field: 'switch platform',
    message: `model ${device.model.manufacturer} ${device.model.name} names no configuration language; choose the platform in the switch's inspector, or pass --switch-platform eos|nvue (or choose it in the dialog)`,
  });
  return undefined;
}

export function planSwitch(
  device: Device,
  platform: 'eos' | 'nvue',
  index: DesignIndex,
  facts: Facts,
): SwitchPlan {
  const host = device.hostname;
  const networkMtu = index.vlanMtu;
  const networkName = index.vlanName;
  // Every port name the writers print is checked; a wrong one is a missing fact, never renamed.
  const portOk = (port: string, kind: 'data' | 'mgmt' = 'data') => {
    const names = PORT_NAME[platform];
    if (names[kind].test(port)) return true;
    facts.miss({
      device: host,
      port,
      field: 'port name',
      message: `"${port}" is not a ${kind === 'mgmt' ? 'management' : 'data'} port name on ${platform === 'eos' ? 'Arista EOS' : 'Cumulus Linux (NVUE)'}: ${names.expect}`,
    });
    return false;
  };

  // No MTU above what the platform and the model take: a configured MTU above the limit is
  // clamped (and said in the header) when the networks fit under it, refused when they need more.
  const platformMax = PLATFORM_MAX_MTU[platform];
  const modelMax = device.limits.maxMtu;
  const mtuLimit = modelMax !== undefined ? Math.min(platformMax, modelMax) : platformMax;
  const limitName =
    modelMax !== undefined && modelMax < platformMax
      ? `the most model ${device.model.name} takes`
      : `the most ${platform === 'eos' ? 'Arista EOS' : 'Cumulus Linux'} takes`;
  const notes: string[] = [];
  const withinLimit = (mtu: number, needed: number, what: string, field: string): number => {
    if (needed > mtuLimit) {
      facts.miss({
        device: host,
        field,
        message: `${what} carries a network with MTU ${needed}, above ${mtuLimit}, ${limitName}; lower the network's MTU`,
      });
      return mtu;
    }
    if (mtu <= mtuLimit) return mtu;
    // Design text in a comment line: plain characters only, so no name can start a config line.
    const plain = (t: string) => t.replace(/[^A-Za-z0-9 ._/-]/g, '_');
    notes.push(`${plain(what)}: MTU ${mtu} lowered to ${mtuLimit}, ${plain(limitName)}`);
    return mtuLimit;
  };

  // The MLAG pair this switch belongs to, and its facts.
  let pair: PairSide | undefined;
  const mlagPair = index.pairOf.get(device.id);
  if (mlagPair) pair = planPair(mlagPair, device, platform, index, facts);

  const channels: Channel[] = [];
  const inChannel = new Map<string, number>();
  const usedIds = new Map<number, string>();
  for (const lag of index.lagsOf(device)) {
    const members = lag.members.filter((m) => m.device === device.id).map((m) => m.port);
    members.sort(comparePorts);
    const peerLink = mlagPair?.peerLinkLag === lag.id;
    const mlag = !peerLink && lag.mlagPair !== undefined && lag.mlagPair === mlagPair?.id;
    const id = channelId(lag, device, mlagPair);
    if (id === undefined) {
      facts.miss({
        device: host,
        field: `LAG ${lag.name}: channel id`,
        message: `no port-channel number can be derived for LAG ${lag.name}; set its channel id`,
      });
      continue;
    }
    const clash = usedIds.get(id);
    if (clash !== undefined) {
      facts.miss({
        device: host,
        field: `LAG ${lag.name}: channel id`,
        message: `LAG ${lag.name} and LAG ${clash} would both be port-channel ${id}; set a channel id on one`,
      });
      continue;
    }
    usedIds.set(id, lag.name);
    for (const m of members) {
      portOk(m);
      inChannel.set(m, id);
    }
    const config = lag.config;
    let allowed: number[];
    if (peerLink || config?.taggedVlans === 'all') allowed = [...index.vlans];
    else if (config?.taggedVlans !== undefined || config?.untaggedVlan !== undefined)
      allowed = [...(config?.mode === 'access' ? [] : (config?.taggedVlans ?? []))];
    else {
      facts.miss({
        device: host,
        field: `LAG ${lag.name}: VLANs`,
        message: `switch-side LAG ${lag.name} lists no VLANs (set its tagged VLANs in the inspector)`,
      });
      allowed = [];
    }
    const native = config?.untaggedVlan;
    const carried = native !== undefined ? [...allowed, native] : allowed;
    const largest = maxOf(
      carried.map((v) => networkMtu.get(v) ?? 1500),
      1500,
    );
    const mtu = withinLimit(
      config?.mtu ?? largest,
      largest,
      `LAG ${lag.name}`,
      `LAG ${lag.name}: MTU`,
    );
    if (mtu < largest)
      facts.miss({
        device: host,
        field: `LAG ${lag.name}: MTU`,
        message: `MTU ${mtu} is below ${largest}, the largest MTU of the networks LAG ${lag.name} carries`,
      });
    // The far end of the first cabled member names the channel and tells an edge port.
    const far = peerLink ? undefined : firstPeer(device, members, index);
    channels.push({
      lag,
      id,
      members,
      mlag,
      peerLink,
      allowed: [...ascendingUnique(allowed)],
      ...(native !== undefined ? { native } : {}),
      mtu,
      lacp: lag.mode === 'static' ? 'on' : 'active',
      rate: lacpRateOf(lag),
      description: peerLink
        ? `MLAG peer link to ${pair?.peer.hostname ?? ''}`.trim()
        : channelDescription(far, index),
      edge: far !== undefined && (far.device.role === 'server' || far.device.role === 'firewall'),
    });
  }
  channels.sort((a, b) => a.id - b.id);
  const peerLinkMtu = maxOf(
    channels.filter((c) => !c.peerLink).map((c) => c.mtu),
    1500,
  );
  for (const c of channels)
    if (c.peerLink && c.lag.config?.mtu === undefined) c.mtu = Math.max(c.mtu, peerLinkMtu);

  // Physical ports: members of a channel, configured ports, and cabled ports.
  const ports: SwitchPort[] = [];
  let mgmt: SwitchPlan['mgmt'];
  let mgmtNamed = true;
  for (let i = 0; i < device.ports.length; i++) {
    const port = device.ports[i]!;
    if (port.role === 'console' || port.role === 'bmc') continue;
    const channel = inChannel.get(port.name);
    const peer = index.peerAt(device, i);
    if (port.role === 'mgmt') {
      const address = managementOf(device, port.name, index, facts);
      if (address && portOk(port.name, 'mgmt')) mgmt = address;
      else if (address) mgmtNamed = false;
      continue;
    }
    if (channel === undefined && !peer && !port.config?.mode) continue;
    if (!portOk(port.name)) continue;
    // Label and hostname are checked once each; the far port's name here.
    const description = peer
      ? `${peer.cable.label ? `${facts.cableLabel(peer.cable)} ` : ''}${peer.device.hostname} ${facts.text(peer.port, { device: peer.device.hostname, port: peer.port, field: 'port name' }, 'port name')}`
      : undefined;
    const sp: SwitchPort = { name: port.name };
    if (description) sp.description = description;
    if (channel !== undefined) {
      // The port-channel's MTU applies to its members.
      sp.channel = channel;
    } else if (port.config?.mode) {
      sp.config = port.config;
      const vlans = [
        ...(port.config.untaggedVlan !== undefined ? [port.config.untaggedVlan] : []),
        ...(port.config.mode === 'trunk' && Array.isArray(port.config.taggedVlans)
          ? port.config.taggedVlans
          : []),
      ];
      const needed = maxOf(
        vlans.map((v) => networkMtu.get(v) ?? 1500),
        1500,
      );
      sp.mtu = withinLimit(
        port.config.mtu ?? needed,
        needed,
        `port ${port.name}`,
        `port ${port.name}: MTU`,
      );
    }
    ports.push(sp);
  }
  if (!mgmt && mgmtNamed)
    facts.miss({
      device: host,
      field: 'management address',
      message:
        'the switch has no address on its management port (an attachment of the management network)',
    });

  // VLANs the switch carries: every one a channel or port lets through.
  const vlanIds = new Set<number>();
  for (const c of channels) {
    for (const v of c.allowed) vlanIds.add(v);
    if (c.native !== undefined) vlanIds.add(c.native);
  }
  for (const p of ports)
    if (p.config) {
      if (p.config.untaggedVlan !== undefined) vlanIds.add(p.config.untaggedVlan);
      if (p.config.mode === 'trunk' && Array.isArray(p.config.taggedVlans))
        for (const v of p.config.taggedVlans) vlanIds.add(v);
    }
  const vlans = [...vlanIds]
    .sort((a, b) => a - b)
    .map((id) => ({ id, name: networkName.get(id) ?? `VLAN${id}` }));
  for (const { id } of vlans) {
    if (platform === 'eos' && pair && id === pair.peerVlan)
      facts.miss({
        device: host,
        field: `VLAN ${id}`,
        message: `VLAN ${id} is the MLAG peer VLAN on EOS; give the network another VLAN or set the pair's peer VLAN`,
      });
    if (platform === 'nvue' && pair && id === EOS_PEER_VLAN)
      facts.miss({
        device: host,
        field: `VLAN ${id}`,
        message: `VLAN ${id} carries the MLAG peer link's subinterface (peerlink.4094) on Cumulus; give the network another VLAN`,
      });
    if (platform === 'nvue' && id >= NVUE_RESERVED.from && id <= NVUE_RESERVED.to)
      facts.miss({
        device: host,
        field: `VLAN ${id}`,
        message:
          `VLAN ${id} lies in Cumulus Linux 5's default reserved VLAN range ${NVUE_RESERVED.from}-${NVUE_RESERVED.to}, which the switch keeps for internal use and which generated configs assume; give the network another VLAN. ` +
          `(On the switch the range moves with "nv set system global reserved vlan internal range FROM-TO" and "nv config apply", Cumulus Linux 5.3 and later, or resv_vlan_range in /etc/cumulus/switchd.conf and a switchd restart before 5.3.)`,
      });
  }

  return {
    device,
    platform,
    vlans,
    channels,
    ports,
    ...(mgmt ? { mgmt } : {}),
    ...(pair ? { pair } : {}),
    notes,
  };
}

/**
 * The port-channel number of a switch's LAG: the one set on the LAG, else the number of its first
 * member on the pair's first switch (or on this switch when the LAG is not an MLAG of its pair),
 * so both peers derive the same one. Undefined when none can be derived or it is out of range.
 */
export function channelId(
  lag: Lag,
  device: Device,
  pair: MlagPair | undefined,
): number | undefined {
  const mlag =
    lag.mlagPair !== undefined && lag.mlagPair === pair?.id && pair.peerLinkLag !== lag.id;
  const firstSwitch = mlag ? pair.switches[0] : device.id;
  let firstMember: string | undefined;
  for (const m of lag.members)
    if (
      m.device === firstSwitch &&
      (firstMember === undefined || comparePorts(m.port, firstMember) < 0)
    )
      firstMember = m.port;
  const id = lag.channelId ?? (firstMember !== undefined ? portNumber(firstMember) : undefined);
  return id === undefined || id < 1 || id > 2000 ? undefined : id;
}

/**
 * The interface a switch's LAG becomes on the platform, as the generated configuration names
 * it: EOS `Port-ChannelN`, Cumulus `bondN` (the MLAG peer link `peerlink`).
 */
export function channelInterface(platform: 'eos' | 'nvue', id: number, peerLink: boolean): string {
  if (platform === 'eos') return `Port-Channel${id}`;
  return peerLink ? 'peerlink' : `bond${id}`;
}

function planPair(
  pair: MlagPair,
  device: Device,
  platform: 'eos' | 'nvue',
  index: DesignIndex,
  facts: Facts,
): PairSide | undefined {
  const host = device.hostname;
  const first = pair.switches[0] === device.id;
  const peer = index.device(first ? pair.switches[1] : pair.switches[0]);
  if (!peer) return undefined;
  // Named by its switches, in the pair's order, as the user knows them (a pair made in the app
  // has no name, and its id is mlag-1).
  const [one, two] = first ? [host, peer.hostname] : [peer.hostname, host];
  const where = { device: `MLAG pair ${pair.name ?? `${one} + ${two}`}` };
  const side: PairSide = {
    pair,
    first,
    peer,
    domainId: pair.domainId ?? '',
    peerVlan: pair.peerVlan ?? EOS_PEER_VLAN,
  };
  if (pair.peerLinkLag === undefined)
    facts.miss({ ...where, field: 'peer link', message: 'the pair names no peer-link LAG' });
  if (platform === 'eos') {
    if (pair.domainId === undefined || !DOMAIN_ID.test(pair.domainId))
      facts.miss({
        ...where,
        field: 'domain id',
        message: 'EOS needs an MLAG domain id (letters, digits, . _ : -)',
      });
    if (!pair.peerAddresses)
      facts.miss({
        ...where,
        field: 'peer addresses',
        message:
          'EOS needs a peer-link SVI address for each switch, e.g. 10.255.252.0/31 and 10.255.252.1/31',
      });
    else {
      const [a, b] = pair.peerAddresses.map((x) =>
        facts.address(x, { ...where, field: 'peer addresses' }, 'peer address'),
      ) as [string, string];
      if (!a.includes('/') || !b.includes('/'))
        facts.miss({
          ...where,
          field: 'peer addresses',
          message: 'peer addresses need their prefix length, e.g. 10.255.252.0/31',
        });
      side.localAddress = first ? a : b;
      side.peerAddress = hostPart(first ? b : a);
    }
    if (side.peerVlan < 2 || side.peerVlan > 4094)
      facts.miss({
        ...where,
        field: 'peer VLAN',
        message: `peer VLAN ${side.peerVlan} is not 2-4094`,
      });
  } else if (pair.systemMac === undefined || !SYSTEM_MAC.test(pair.systemMac))
    facts.miss({
      ...where,
      field: 'system MAC',
      message:
        'Cumulus needs an MLAG system MAC from the reserved range 44:38:39:ff:00:00-44:38:39:ff:ff:ff, unique per pair',
    });
  else side.systemMac = pair.systemMac.toLowerCase();

  const keepaliveNet = pair.keepalive?.network;
  if (keepaliveNet !== undefined) {
    const attachment = peer.attachments.find(
      (a) => a.network === keepaliveNet && a.address !== undefined,
    );
    if (!attachment)
      facts.miss({
        device: peer.hostname,
        field: 'keepalive address',
        message: `${peer.hostname} has no address on the keepalive network of ${host}'s MLAG pair`,
      });
    else {
      const mgmtPort = peer.ports.find((p) => p.name === attachment.port)?.role === 'mgmt';
      side.keepalive = {
        address: hostPart(
          facts.address(
            attachment.address!,
            { device: peer.hostname, field: 'address' },
            'address',
          ),
        ),
        overManagement: mgmtPort,
      };
    }
  }
  return side;
}

function managementOf(device: Device, port: string, index: DesignIndex, facts: Facts) {
  const attachment = device.attachments.find((a) => a.port === port && a.address !== undefined);
  if (!attachment) return undefined;
  const network = index.network(attachment.network);
  const cidr = network ? index.cidr(network) : null;
  if (!network || !cidr) {
    facts.miss({
      device: network?.name ?? attachment.network,
      field: 'CIDR',
      message: `the management network needs a CIDR for ${device.hostname}'s address`,
    });
    return undefined;
  }
  const address = withPrefix(
    facts.address(
      attachment.address!,
      { device: device.hostname, port, field: 'address' },
      'address',
    ),
    cidr,
  );
  const gateway =
    network.gateway !== undefined
      ? facts.address(network.gateway, { device: network.name, field: 'gateway' }, 'gateway')
      : undefined;
  return { port, address, ...(gateway !== undefined ? { gateway } : {}) };
}

/** The far end of a channel's first cabled member. */
function firstPeer(device: Device, members: string[], index: DesignIndex): PeerEnd | undefined {
  for (const m of members) {
    const peer = index.peerOf(device, m);
    if (peer) return peer;
  }
  return undefined;
}

/** "pve-01 bond0": the host and bond at the far end, or "" when no member is cabled. */
function channelDescription(far: PeerEnd | undefined, index: DesignIndex): string {
  if (!far) return '';
  const bond = index.lagOfPort(far.device, far.port);
  return bond && /^[A-Za-z0-9._-]{1,32}$/.test(bond.name)
    ? `${far.device.hostname} ${bond.name}`
    : far.device.hostname;
}
