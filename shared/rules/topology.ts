import type { Catalog, MediaSpec } from '../catalog';
import type {
  Attachment,
  Cable,
  Design,
  Device,
  FormFactor,
  Lag,
  MlagPair,
  Network,
  Port,
  PortRef,
  VlanConfig,
} from '../model';
import { FORM_FACTOR_OF, SFP_FAMILY, TWISTED_PAIR_MEDIA } from '../model/vocabulary';
import { portTargetId } from './finding';

const NONE: never[] = [];

/** A port with its device and what the topology knows about it. One object per port in use. */
export class PortInfo {
  /** Both ends of the first cable here: the link this port is part of. */
  link: CableInfo | undefined;
  /** The LAG listing this port as a member (a second one, a design error, is in `Topology.otherLags`). */
  lag: Lag | undefined;
  /**
   * Attachments riding on this port (directly or through a bond), the networks it carries, are
   * `Topology.carriedList[carriedStart ..+ carriedCount]`: one shared list, not one per port.
   */
  carriedStart = -1;
  carriedCount = 0;
  constructor(
    readonly device: Device,
    readonly port: Port,
  ) {}
  get formFactor(): FormFactor {
    return FORM_FACTOR_OF[this.port.type];
  }
  /** `deviceId#portName`: the port's target id, built only when a finding needs it. */
  get key(): string {
    return portTargetId(this.device.id, this.port.name);
  }
}

/**
 * An attachment with its network and the physical ports it rides on, resolved once. Topology
 * records are classes, not object literals: V8 tags each literal with a 16-byte allocation memento.
 */
export class ResolvedAttachment {
  constructor(
    readonly device: Device,
    readonly attachment: Attachment,
    readonly network: Network,
    /** The port of an attachment to a port, or the member ports on this device of its bond. */
    private readonly on: PortInfo | readonly PortInfo[],
  ) {}
  /** The physical ports it rides on. Builds a list for a lone port: loops use `portAt`. */
  get ports(): readonly PortInfo[] {
    return this.on instanceof PortInfo ? [this.on] : this.on;
  }
  get portCount(): number {
    return this.on instanceof PortInfo ? 1 : this.on.length;
  }
  portAt(i: number): PortInfo {
    return this.on instanceof PortInfo ? this.on : this.on[i]!;
  }
  get firstPort(): PortInfo | undefined {
    return this.on instanceof PortInfo ? this.on : this.on[0];
  }
  ridesOn(port: PortInfo): boolean {
    for (let i = 0; i < this.portCount; i++) if (this.portAt(i) === port) return true;
    return false;
  }
  /** Rides on that port and no other (or on none). */
  onlyOn(port: PortInfo): boolean {
    for (let i = 0; i < this.portCount; i++) if (this.portAt(i) !== port) return false;
    return true;
  }
}

/** A host attachment's physical port, cabled to a switch port: where its traffic lands. */
export type LandingVisitor = (
  attachment: Attachment,
  network: Network,
  hostPort: PortInfo,
  switchPort: PortInfo,
) => void;

export const isSwitch = (d: Device) => d.role === 'core-switch' || d.role === 'mgmt-switch';
export const isHost = (d: Device) => d.role === 'server' || d.role === 'firewall';

/**
 * Everything rules need to know about how the design hangs together, computed once per
 * validation so no rule re-walks the design. Lookups go by the ids and names already in the
 * design (their hashes are cached) and by object identity, never by freshly built strings.
 *
 * Its cost is mostly allocation: on a 2,000-device design every object made here is live for the
 * whole validation, so the young-generation GC copies it. Hence one record per device (not a map
 * per fact), link facts stored on the ports they join, and ports made only when something uses them.
 * Its hot loops are indexed: V8 did not elide the iterator objects of `for...of` here.
 */
export class Topology {
  private readonly byId = new Map<string, DeviceInfo>();
  /** By position in `design.devices`; undefined for a device repeating an earlier one's id. */
  private readonly infos: Array<DeviceInfo | undefined> = [];
  /** Every cable whose ends resolve, with its ends and speeds, in design order. */
  readonly links: CableInfo[];
  /** Ports with more than one cable, in design order of their second cable. */
  readonly doubleBooked: PortInfo[] = [];
  /** Links of cables that are not the first cable on either end (double-booked on both). */
  private readonly extraLinks: CableInfo[] = [];
  /** Links of the second and further cables on a double-booked port: rare, so kept off PortInfo. */
  private readonly moreLinks = new Map<PortInfo, CableInfo[]>();
  /** LAGs listing a port that another LAG already lists: a design error, so rare. */
  private readonly otherLags = new Map<PortInfo, Lag[]>();
  /**
   * LAGs by id, built only if a rule looks one up without naming a device: lookups go through the
   * device's own short list of LAGs, which spares a map of thousands of entries per validation.
   */
  private lagById: Map<string, Lag> | undefined;
  /** Position in `design.networks` of the first network with each id. */
  private readonly networkIndex = new Map<string, number>();
  /** Host ports that carry networks and are cabled to a switch. */
  private landingPorts: PortInfo[] = NONE;
  /** Every attachment whose network exists, resolved. */
  readonly attachments: ResolvedAttachment[];
  /** What each port carries, port after port (see `PortInfo.carriedStart`). */
  private carriedList: ResolvedAttachment[] = NONE;
  /** Ports that carry a configuration (VLANs, MTU, module): few, next to all ports. */
  readonly configuredPorts: PortInfo[];
  /** Every VLAN id of the design: what a trunk allowing "all" carries. */
  readonly designVlans = new Set<number>();
  private readonly media = new Map<string, MediaSpec>();
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly design: Design,
    catalog: Catalog,
  ) {
    for (const spec of catalog.media) this.media.set(spec.media, spec);
    this.configuredPorts = this.indexDevices();
    this.links = this.indexCables();
    this.indexLags();
    for (let i = 0; i < design.mlagPairs.length; i++) {
      const pair = design.mlagPairs[i]!;
      for (const s of pair.switches) {
        const info = this.byId.get(s);
        if (info) info.mlagPairs = info.mlagPairs === NONE ? [pair] : [...info.mlagPairs, pair];
      }
    }
    for (let i = 0; i < design.clusters.length; i++) {
      const { nodes } = design.clusters[i]!;
      for (let j = 0; j < nodes.length; j++) {
        const info = this.byId.get(nodes[j]!);
        if (info) info.inCluster = true;
      }
    }
    for (let i = 0; i < design.networks.length; i++) {
      const network = design.networks[i]!;
      if (!this.networkIndex.has(network.id)) this.networkIndex.set(network.id, i);
      if (network.vlan !== undefined) this.designVlans.add(network.vlan);
    }
    this.attachments = this.indexAttachments();
  }

  /** Indexes the devices; returns the ports that carry a configuration. */
  private indexDevices(): PortInfo[] {
    const { devices } = this.design;
    // One slot per port of the design, in one array: a large one, which the young-generation GC
    // never copies, unlike thousands of small per-device arrays.
    let portCount = 0;
    let configuredCount = 0;
    for (let d = 0; d < devices.length; d++) {
      const { ports } = devices[d]!;
      portCount += ports.length;
      for (let i = 0; i < ports.length; i++) if (ports[i]!.config) configuredCount++;
    }
    const slots = new Array<PortInfo | undefined>(portCount);
    const configured = new Array<PortInfo>(configuredCount);
    configuredCount = 0;
    let base = 0;
    for (let d = 0; d < devices.length; d++) {
      const device = devices[d]!;
      let info = this.byId.get(device.id);
      if (!info) this.byId.set(device.id, (info = new DeviceInfo(device, slots, base)));
      this.infos.push(info.device === device ? info : undefined);
      base += device.ports.length;
      const { ports } = device;
      for (let i = 0; i < ports.length; i++) {
        const port = ports[i]!;
        if (!port.config) continue;
        // A device repeating another's id (a loader error) has no slots of its own.
        configured[configuredCount++] =
          info.device === device ? info.at(i) : new PortInfo(device, port);
        this.collectVlans(port.config);
      }
    }
    return configured;
  }

  private indexCables(): CableInfo[] {
    const { cables } = this.design;
    // Lists are made at their final size: growing one push at a time over-allocates, and every
    // byte allocated here brings the next young-generation GC closer.
    const links = new Array<CableInfo>(cables.length);
    let count = 0;
    for (let i = 0; i < cables.length; i++) {
      const cable = cables[i]!;
      const a = this.portRef(cable.a);
      const b = this.portRef(cable.b);
      if (!a || !b) continue; // the loader guarantees both ends; stay total for direct callers
      const common = this.computeCommonSpeed(cable, a, b);
      const fits =
        this.mediaMisfit(cable.media, a) === null && this.mediaMisfit(cable.media, b) === null;
      const link = new CableInfo(cable, a, b, fits, common);
      links[count++] = link;
      const firstOnA = this.addCable(a, link);
      const firstOnB = b === a ? firstOnA : this.addCable(b, link);
      if (!firstOnA && !firstOnB) this.extraLinks.push(link);
    }
    links.length = count;
    return links;
  }

  /** Records a cable on a port; true when it is the port's first. */
  private addCable(p: PortInfo, link: CableInfo): boolean {
    if (!p.link) {
      p.link = link;
      return true;
    }
    const more = this.moreLinks.get(p);
    if (!more) {
      this.moreLinks.set(p, [link]);
      this.doubleBooked.push(p);
    } else more.push(link);
    return false;
  }

  private indexLags(): void {
    const { lags } = this.design;
    const all = new Array<PortInfo[]>(lags.length);
    // First pass: members, and how many LAGs each device has a member in. (Plain loops: a
    // callback here allocated a closure per LAG.)
    for (let l = 0; l < lags.length; l++) {
      const lag = lags[l]!;
      const members = new Array<PortInfo>(lag.members.length);
      let count = 0;
      let device: DeviceInfo | undefined;
      for (let i = 0; i < lag.members.length; i++) {
        const m = lag.members[i]!;
        device = this.memberDevice(m, device);
        if (!device) continue;
        const info = device.port(m.port);
        if (info) {
          members[count++] = info;
          if (!info.lag) info.lag = lag;
          else {
            const others = this.otherLags.get(info);
            if (others) others.push(lag);
            else this.otherLags.set(info, [lag]);
          }
        }
        // All of one LAG's members are seen before the next LAG's, so its last LAG tells.
        if (device.lastLag !== lag) {
          device.lastLag = lag;
          device.lagCount++;
        }
      }
      members.length = count;
      all[l] = members;
      this.collectVlans(lag.config);
    }
    // Second pass: each device's LAGs and their members, in lists of their exact size.
    for (let l = 0; l < lags.length; l++) {
      const lag = lags[l]!;
      let device: DeviceInfo | undefined;
      for (let i = 0; i < lag.members.length; i++) {
        device = this.memberDevice(lag.members[i]!, device);
        if (!device) continue;
        if (device.lags === NONE) {
          device.lags = new Array<Lag>(device.lagCount);
          device.lagMembers = new Array<PortInfo[]>(device.lagCount);
          device.lagCount = 0; // now the fill index
        }
        if (device.lags[device.lagCount - 1] === lag) continue;
        device.lags[device.lagCount] = lag;
        device.lagMembers[device.lagCount++] = all[l]!;
      }
    }
  }

  /** A LAG member's device; members are usually grouped by device, so the previous one is tried first. */
  private memberDevice(m: PortRef, previous: DeviceInfo | undefined): DeviceInfo | undefined {
    return previous?.device.id === m.device ? previous : this.byId.get(m.device);
  }

  private indexAttachments(): ResolvedAttachment[] {
    const { devices } = this.design;
    let total = 0;
    for (let d = 0; d < devices.length; d++) total += devices[d]!.attachments.length;
    const all = new Array<ResolvedAttachment>(total);
    let count = 0;
    let carriedTotal = 0;
    // Resolve every attachment, counting what each port carries.
    for (let d = 0; d < devices.length; d++) {
      const device = devices[d]!;
      const info = this.byId.get(device.id);
      if (!info || info.device !== device || device.attachments.length === 0) continue;
      const list = (info.attachments = new Array<ResolvedAttachment>(device.attachments.length));
      let listed = 0;
      for (let i = 0; i < device.attachments.length; i++) {
        const attachment = device.attachments[i]!;
        const network = this.network(attachment.network);
        if (!network) continue;
        const resolved = this.resolveAttachment(info, attachment, network);
        list[listed++] = resolved;
        all[count++] = resolved;
        const ports = resolved.portCount;
        for (let j = 0; j < ports; j++) resolved.portAt(j).carriedCount++;
        carriedTotal += ports;
      }
      list.length = listed;
    }
    all.length = count;
    // Then give each port its run of the shared list, in order of first use, counting the ports
    // that land on a switch; then fill both lists.
    let next = 0;
    let landing = 0;
    for (let i = 0; i < count; i++) {
      const resolved = all[i]!;
      for (let j = 0; j < resolved.portCount; j++) {
        const hostPort = resolved.portAt(j);
        if (hostPort.carriedStart >= 0) continue;
        hostPort.carriedStart = next;
        next += hostPort.carriedCount;
        hostPort.carriedCount = 0; // now the fill index
        if (this.landsOnSwitch(hostPort)) landing++;
      }
    }
    const carried = (this.carriedList = new Array<ResolvedAttachment>(carriedTotal));
    const landingPorts = (this.landingPorts = new Array<PortInfo>(landing));
    landing = 0;
    for (let i = 0; i < count; i++) {
      const resolved = all[i]!;
      for (let j = 0; j < resolved.portCount; j++) {
        const hostPort = resolved.portAt(j);
        if (hostPort.carriedCount === 0 && this.landsOnSwitch(hostPort))
          landingPorts[landing++] = hostPort;
        carried[hostPort.carriedStart + hostPort.carriedCount++] = resolved;
      }
    }
    return all;
  }

  private landsOnSwitch(hostPort: PortInfo): boolean {
    const peer = this.peerOf(hostPort);
    return peer !== undefined && isSwitch(peer.device);
  }

  /** Does this port carry a network with one of these roles? */
  carriesRole(p: PortInfo, roles: ReadonlySet<string>): boolean {
    const end = p.carriedStart + p.carriedCount;
    for (let i = p.carriedStart; i < end; i++)
      if (roles.has(this.carriedList[i]!.network.role)) return true;
    return false;
  }

  /** The attachments riding on a port. Builds a list: not for hot loops. */
  carriedBy(p: PortInfo): ResolvedAttachment[] {
    return p.carriedStart < 0
      ? []
      : this.carriedList.slice(p.carriedStart, p.carriedStart + p.carriedCount);
  }

  network(id: string): Network | undefined {
    const i = this.networkIndex.get(id);
    return i === undefined ? undefined : this.design.networks[i];
  }

  /** A network's position in `design.networks`, for rules that keep per-network figures in arrays. */
  networkPosition(network: Network): number {
    const i = this.networkIndex.get(network.id);
    return i !== undefined && this.design.networks[i] === network ? i : -1;
  }

  device(id: string): Device | undefined {
    return this.byId.get(id)?.device;
  }

  /**
   * A device's facts; rules walk its cabled ports with `portCount` and `cabledAt`, which read
   * the topology in place instead of building a list per device.
   */
  deviceInfo(id: string): DeviceInfo | undefined {
    return this.byId.get(id);
  }

  /**
   * The facts of `design.devices[position]`, without a lookup by id: for rules walking every
   * device. Undefined for a device that repeats an earlier device's id.
   */
  deviceInfoAt(position: number): DeviceInfo | undefined {
    return this.infos[position];
  }

  /** LAGs with at least one member on a device: each counts as one LAG group there. */
  lagsOn(id: string): readonly Lag[] {
    return this.byId.get(id)?.lags ?? NONE;
  }

  inMlagPair(id: string): boolean {
    return (this.byId.get(id)?.mlagPairs.length ?? 0) > 0;
  }

  /** A device's attachments with their networks and physical ports. */
  attachmentsOf(device: Device): readonly ResolvedAttachment[] {
    const info = this.byId.get(device.id);
    return info?.device === device ? info.attachments : NONE;
  }

  lag(id: string): Lag | undefined {
    if (!this.lagById) {
      this.lagById = new Map();
      for (const lag of this.design.lags)
        if (!this.lagById.has(lag.id)) this.lagById.set(lag.id, lag);
    }
    return this.lagById.get(id);
  }

  /** The LAG with this id, looked up first among those with a member on this device. */
  lagOf(deviceId: string, id: string): Lag | undefined {
    const info = this.byId.get(deviceId);
    const k = info ? info.lagIndex(id) : -1;
    return k >= 0 ? info!.lags[k] : this.lag(id);
  }

  private collectVlans(config: VlanConfig | undefined): void {
    if (!config) return;
    if (config.untaggedVlan !== undefined) this.designVlans.add(config.untaggedVlan);
    const tagged = config.taggedVlans;
    if (Array.isArray(tagged))
      for (let i = 0; i < tagged.length; i++) this.designVlans.add(tagged[i]!);
  }

  /** Visits every (network on a host port, switch port it lands on); no objects per visit. */
  eachLanding(visit: LandingVisitor): void {
    const carried = this.carriedList;
    for (let p = 0; p < this.landingPorts.length; p++) {
      const hostPort = this.landingPorts[p]!;
      const switchPort = this.peerOf(hostPort)!;
      const end = hostPort.carriedStart + hostPort.carriedCount;
      for (let i = hostPort.carriedStart; i < end; i++) {
        const r = carried[i]!;
        visit(r.attachment, r.network, hostPort, switchPort);
      }
    }
  }

  /**
   * Visits the landings on one switch: each (network on a host port, port of this switch) that
   * `eachLanding` visits, grouped by switch for rules that judge a switch as a whole.
   */
  eachLandingOn(device: Device, visit: LandingVisitor): void {
    const info = this.byId.get(device.id);
    if (info?.device !== device) return;
    for (let p = 0; p < info.portCount; p++) {
      const switchPort = info.cabledAt(p);
      if (!switchPort) continue;
      this.visitLanding(switchPort.link!, switchPort, visit);
      const more = this.moreLinks.get(switchPort);
      if (more) for (const link of more) this.visitLanding(link, switchPort, visit);
    }
  }

  /** A host port lands on the switch port at the far end of its first cable. */
  private visitLanding(link: CableInfo, switchPort: PortInfo, visit: LandingVisitor): void {
    const hostPort = link.a === switchPort ? link.b : link.a;
    if (hostPort.link !== link || hostPort.carriedStart < 0) return;
    const end = hostPort.carriedStart + hostPort.carriedCount;
    for (let i = hostPort.carriedStart; i < end; i++) {
      const r = this.carriedList[i]!;
      visit(r.attachment, r.network, hostPort, switchPort);
    }
  }

  /** Derived data shared by several rules, computed on first use within one validation. */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  port(deviceId: string, portName: string): PortInfo | undefined {
    return this.byId.get(deviceId)?.port(portName);
  }

  /** Both ends of a cable (and its speeds), when both resolve; `from`, one of its ends, is a shortcut. */
  ends(cable: Cable, from?: PortInfo): CableInfo | undefined {
    if (from?.link?.cable === cable) return from.link;
    const a = this.portRef(cable.a);
    if (a?.link?.cable === cable) return a.link;
    const b = this.portRef(cable.b);
    if (b?.link?.cable === cable) return b.link;
    return this.extraLinks.find((l) => l.cable === cable);
  }

  portRef(ref: PortRef): PortInfo | undefined {
    return this.port(ref.device, ref.port);
  }

  mediaSpec(media: string): MediaSpec | undefined {
    return this.media.get(media);
  }

  /**
   * Why a media does not fit a port's cage, or null when it does: twisted pair needs RJ45 or a
   * BASE-T module in an SFP cage; DAC, AOC and fiber need an SFP-family cage the media is made for.
   */
  mediaMisfit(media: string, p: PortInfo): string | null {
    const formFactor = p.formFactor;
    const sfp = SFP_FAMILY.has(formFactor);
    const baseT = sfp && p.port.config?.module === 'base-t';
    if (TWISTED_PAIR_MEDIA.has(media as never))
      return sfp && !baseT ? `${formFactor} cage without a BASE-T module` : null;
    if (!sfp || baseT) return baseT ? 'cage holding a BASE-T module' : `${formFactor} jack`;
    const spec = this.media.get(media);
    return spec && !spec.formFactors.includes(formFactor) ? `${formFactor} cage` : null;
  }

  /** Highest speed both ports and the media support (domain brief, section 3), or null. */
  private computeCommonSpeed(cable: Cable, a: PortInfo, b: PortInfo): number | null {
    const mediaSpeeds = this.media.get(cable.media)?.speeds ?? [];
    let best: number | null = null;
    const speeds = a.port.speeds;
    for (let i = 0; i < speeds.length; i++) {
      const s = speeds[i]!;
      if (s > (best ?? -1) && b.port.speeds.includes(s) && mediaSpeeds.includes(s)) best = s;
    }
    return best;
  }

  /** Speed the link comes up at: the common speed, when the media fits both cages. */
  linkSpeed(cable: Cable): number | null {
    return this.ends(cable)?.speed ?? null;
  }

  commonSpeed(cable: Cable): number | null {
    return this.ends(cable)?.common ?? null;
  }

  /** Links of a double-booked port's second and further cables (usually none). */
  moreLinksOn(p: PortInfo): readonly CableInfo[] {
    return this.moreLinks.get(p) ?? NONE;
  }

  /** The links on a port: one, or more on a double-booked port. Builds a list: not for hot loops. */
  linksOn(p: PortInfo): readonly CableInfo[] {
    if (!p.link) return NONE;
    const more = this.moreLinks.get(p);
    return more ? [p.link, ...more] : [p.link];
  }

  /** The port at the other end of the (first) cable on this port. */
  peerOf(p: PortInfo): PortInfo | undefined {
    const link = p.link;
    if (!link) return undefined;
    return link.a === p ? link.b : link.a;
  }

  /** Link speed of the (first) cable on a port, or null when uncabled or unknown. */
  portSpeed(p: PortInfo): number | null {
    return p.link?.speed ?? null;
  }

  /** A LAG's member ports (those that resolve), in the LAG's order. */
  membersOf(lag: Lag): readonly PortInfo[] {
    // Listed on the device of its first member, next to the LAG itself.
    const first = lag.members[0];
    const device = first && this.byId.get(first.device);
    const k = device ? device.lags.indexOf(lag) : -1;
    if (k >= 0) return device!.lagMembers[k]!;
    const members: PortInfo[] = []; // a LAG not indexed (not in this design): direct callers only
    for (const m of lag.members) {
      const p = this.portRef(m);
      if (p) members.push(p);
    }
    return members;
  }

  /** Its port, or its bond's members on this device; a host's bond list is shared, not copied. */
  private resolveAttachment(
    device: DeviceInfo,
    attachment: Attachment,
    network: Network,
  ): ResolvedAttachment {
    const on =
      attachment.port !== undefined
        ? (device.port(attachment.port) ?? NONE)
        : attachment.lag === undefined
          ? NONE
          : this.bondOn(device, attachment.lag);
    return new ResolvedAttachment(device.device, attachment, network, on);
  }

  /** A bond's member ports on this device (none when the LAG does not exist). */
  private bondOn(device: DeviceInfo, lagId: string): readonly PortInfo[] {
    const k = device.lagIndex(lagId);
    const lag = k >= 0 ? device.lags[k] : this.lag(lagId);
    if (!lag) return NONE;
    const members = k >= 0 ? device.lagMembers[k]! : this.membersOf(lag);
    for (let i = 0; i < members.length; i++)
      if (members[i]!.device !== device.device)
        return members.filter((m) => m.device === device.device);
    return members; // a host's own bond: share the list
  }

  /** VLAN configuration in force on a switch port: its LAG's, when it is a member of one. */
  effectiveConfig(p: PortInfo): VlanConfig | undefined {
    if (p.lag) {
      if (p.lag.config) return p.lag.config;
      for (const lag of this.otherLags.get(p) ?? NONE) if (lag.config) return lag.config;
    }
    return p.port.config;
  }

  isMlagPair(a: string, b: string): boolean {
    const pairs = this.byId.get(a)?.mlagPairs ?? NONE;
    return a !== b && pairs.some((p) => p.switches.includes(b));
  }

  name(device: Device | undefined): string {
    return device ? device.hostname || device.id : '?';
  }

  portLabel(info: PortInfo): string {
    return `${this.name(info.device)} ${info.port.name}`;
  }
}

/** A cable with both its ends resolved, and the speeds it can and does come up at. */
export class CableInfo {
  constructor(
    readonly cable: Cable,
    readonly a: PortInfo,
    readonly b: PortInfo,
    /** The media fits both cages. */
    readonly fits: boolean,
    /** Highest speed both ports and the media support. */
    readonly common: number | null,
  ) {}
  /** Speed the link comes up at: the common speed, when the media fits both cages. */
  get speed(): number | null {
    return this.fits ? this.common : null;
  }
}

/**
 * One device's facts, and its ports by name. PortInfo objects are made on first use: most switch
 * ports of a large design are never cabled, and not allocating them keeps validation (and its GC)
 * fast.
 */
export class DeviceInfo {
  /** Listed as a node of a cluster. */
  inCluster = false;
  lags: Lag[] = NONE;
  /** The resolved member ports of each of `lags`. */
  lagMembers: PortInfo[][] = NONE;
  /** Scratch while LAGs are indexed: the last LAG counted here, and the count (then fill index). */
  lastLag: Lag | undefined;
  lagCount = 0;
  mlagPairs: MlagPair[] = NONE;
  attachments: ResolvedAttachment[] = NONE;
  private byName: Map<string, number> | undefined;
  /** This device's ports are `slots[base]` onwards, in port order. */
  constructor(
    readonly device: Device,
    private readonly slots: Array<PortInfo | undefined>,
    private readonly base: number,
  ) {}
  at(i: number): PortInfo {
    return (this.slots[this.base + i] ??= new PortInfo(this.device, this.device.ports[i]!));
  }
  /** Position in `lags` of the first LAG with this id, or -1. */
  lagIndex(id: string): number {
    for (let k = 0; k < this.lags.length; k++) if (this.lags[k]!.id === id) return k;
    return -1;
  }
  get portCount(): number {
    return this.device.ports.length;
  }
  /** The port at this position of the device, when a cable ends there. */
  cabledAt(i: number): PortInfo | undefined {
    const p = this.slots[this.base + i];
    return p?.link ? p : undefined;
  }
  port(name: string): PortInfo | undefined {
    const ports = this.device.ports;
    // Up to a switch's worth of ports, a scan allocates nothing and measured no slower than a Map.
    if (ports.length <= 64) {
      for (let i = 0; i < ports.length; i++) if (ports[i]!.name === name) return this.at(i);
      return undefined;
    }
    if (!this.byName) {
      this.byName = new Map();
      for (let i = 0; i < ports.length; i++) this.byName.set(ports[i]!.name, i);
    }
    const i = this.byName.get(name);
    return i === undefined ? undefined : this.at(i);
  }
}
