import type { Catalog, MediaSpec } from '../catalog';
import type {
  Attachment,
  Cable,
  CableMedia,
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
import { portKey } from '../model/ids';
import { FORM_FACTOR_OF } from '../model/vocabulary';
import { commonSpeed, mediaMisfit } from './cablePhysics';

const NONE: never[] = [];

declare const portBrand: unique symbol;
/**
 * A port of the design, as its position among all the design's ports (device after device, in
 * port order). Rules hold ports as these numbers and ask the topology about them: a 2,000-device
 * design has 16,000 ports in use, and an object for each was the largest part of a validation's
 * garbage.
 */
export type PortIndex = number & { readonly [portBrand]: true };

/**
 * An attachment with its network and the physical ports it rides on, resolved once. Topology
 * records are classes, not object literals: V8 tags each literal with a 16-byte allocation memento.
 */
export class ResolvedAttachment {
  constructor(
    readonly device: Device,
    readonly attachment: Attachment,
    readonly network: Network,
    /** The bond's member ports are `members[start ..+ count]`; without a list, `start` is the port. */
    private readonly members: Int32Array | undefined,
    private readonly start: number,
    /** How many physical ports it rides on: 1 for a port, a bond's members here, or none. */
    readonly portCount: number,
  ) {}
  portAt(i: number): PortIndex {
    return (this.members ? this.members[this.start + i]! : this.start) as PortIndex;
  }
  /** The physical ports it rides on, as a list: for messages, loops use `portAt`. */
  get ports(): PortIndex[] {
    const out: PortIndex[] = [];
    for (let i = 0; i < this.portCount; i++) out.push(this.portAt(i));
    return out;
  }
  get firstPort(): PortIndex | undefined {
    return this.portCount > 0 ? this.portAt(0) : undefined;
  }
  ridesOn(port: PortIndex): boolean {
    for (let i = 0; i < this.portCount; i++) if (this.portAt(i) === port) return true;
    return false;
  }
  /** Rides on that port and no other (or on none). */
  onlyOn(port: PortIndex): boolean {
    for (let i = 0; i < this.portCount; i++) if (this.portAt(i) !== port) return false;
    return true;
  }
}

/** A host attachment's physical port, cabled to a switch port: where its traffic lands. */
export type LandingVisitor = (
  attachment: Attachment,
  network: Network,
  hostPort: PortIndex,
  switchPort: PortIndex,
) => void;

export const isSwitch = (d: Device) => d.role === 'core-switch' || d.role === 'mgmt-switch';
export const isHost = (d: Device) => d.role === 'server' || d.role === 'firewall';

/**
 * Everything rules need to know about how the design hangs together, computed once per
 * validation so no rule re-walks the design. Lookups go by the ids and names already in the
 * design (their hashes are cached) and by object identity, never by freshly built strings.
 *
 * Its cost is mostly allocation: on a 2,000-device design everything made here is live for the
 * whole validation, so a young-generation GC that falls within one copies all of it. Hence facts
 * per port (its cable, LAG, what it carries) and the member lists of LAGs live in typed arrays,
 * which the GC never copies, indexed by `PortIndex`; objects remain only per device, cable and
 * attachment. Its hot loops are indexed: V8 did not elide the iterator objects of `for...of` here.
 */
export class Topology {
  private readonly byId = new Map<string, DeviceInfo>();
  /** By position in `design.devices`; undefined for a device repeating an earlier one's id. */
  private readonly infos: Array<DeviceInfo | undefined>;
  /** Per port: the position in `design.devices` of its device. */
  private readonly deviceAtPort: Int32Array;
  /** Per device position: its first port's index; one more entry holds the number of ports. */
  private readonly portBase: Int32Array;
  /** Per port: the position in `links` of its first cable, or -1. */
  private readonly firstLink: Int32Array;
  /** Per port: the position in `design.lags` of the LAG listing it, or -1 (see `otherLags`). */
  private readonly lagAtPort: Int32Array;
  /**
   * Per port: the attachments riding on it (directly or through a bond), the networks it
   * carries, are `carriedList[carriedStart[p] ..+ carriedCount[p]]`; -1 when none.
   */
  private readonly carriedStart: Int32Array;
  private readonly carriedCount: Int32Array;
  /** LAG members, LAG after LAG: those of `design.lags[l]` are `members[memberStart[l] .. memberStart[l + 1])`. */
  private readonly members: Int32Array;
  private readonly memberStart: Int32Array;
  /** Each device's LAGs (positions in `design.lags`), device after device (see `DeviceInfo.lagStart`). */
  readonly deviceLags: Int32Array;
  /** Every cable whose ends resolve, with its ends and speeds, in design order. */
  readonly links: CableInfo[];
  /** Ports with more than one cable, in design order of their second cable. */
  readonly doubleBooked: PortIndex[] = [];
  /** Links of the second and further cables on a double-booked port: rare, so kept in a map. */
  private readonly moreLinks = new Map<PortIndex, CableInfo[]>();
  /** LAGs (positions) listing a port that another LAG already lists: a design error, so rare. */
  private readonly otherLags = new Map<PortIndex, number[]>();
  /**
   * LAG positions by id, built only if a rule looks one up without naming a device: lookups go
   * through the device's own short list of LAGs, which spares a map of thousands of entries.
   */
  private lagById: Map<string, number> | undefined;
  /** Position in `design.networks` of the first network with each id. */
  private readonly networkIndex = new Map<string, number>();
  /** Host ports that carry networks and are cabled to a switch. */
  private landingPorts: Int32Array = new Int32Array(0);
  /** Every attachment whose network exists, resolved, device after device (see `DeviceInfo`). */
  readonly attachments: ResolvedAttachment[];
  /** What each port carries, port after port (see `carriedStart`). */
  private carriedList: ResolvedAttachment[] = NONE;
  /** Ports that carry a configuration (VLANs, MTU, module): few, next to all ports. */
  readonly configuredPorts: PortIndex[];
  /** Every VLAN id of the design: what a trunk allowing "all" carries. */
  readonly designVlans = new Set<number>();
  private readonly media = new Map<string, MediaSpec>();
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly design: Design,
    catalog: Catalog,
  ) {
    for (const spec of catalog.media) this.media.set(spec.media, spec);
    const { devices } = design;
    this.portBase = new Int32Array(devices.length + 1);
    for (let d = 0; d < devices.length; d++)
      this.portBase[d + 1] = this.portBase[d]! + devices[d]!.ports.length;
    const portCount = this.portBase[devices.length]!;
    this.deviceAtPort = new Int32Array(portCount);
    this.firstLink = new Int32Array(portCount).fill(-1);
    this.lagAtPort = new Int32Array(portCount).fill(-1);
    this.carriedStart = new Int32Array(portCount).fill(-1);
    this.carriedCount = new Int32Array(portCount);
    this.infos = new Array<DeviceInfo | undefined>(devices.length);
    this.configuredPorts = this.indexDevices();
    this.links = this.indexCables();
    const lagCount = design.lags.length;
    this.memberStart = new Int32Array(lagCount + 1);
    let memberTotal = 0;
    for (let l = 0; l < lagCount; l++) memberTotal += design.lags[l]!.members.length;
    this.members = new Int32Array(memberTotal);
    this.deviceLags = new Int32Array(memberTotal); // a device has at most one LAG per member
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
  private indexDevices(): PortIndex[] {
    const { devices } = this.design;
    const configured: PortIndex[] = [];
    for (let d = 0; d < devices.length; d++) {
      const device = devices[d]!;
      const base = this.portBase[d]!;
      this.deviceAtPort.fill(d, base, this.portBase[d + 1]);
      // A device repeating another's id (a loader error) keeps its ports, but nothing finds it by id.
      let info = this.byId.get(device.id);
      if (!info) this.byId.set(device.id, (info = new DeviceInfo(device, d, this, base)));
      this.infos[d] = info.device === device ? info : undefined;
      const { ports } = device;
      for (let i = 0; i < ports.length; i++) {
        const port = ports[i]!;
        if (!port.config) continue;
        configured.push((base + i) as PortIndex);
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
      if (a === undefined || b === undefined) continue; // the loader guarantees both ends
      const spec = this.media.get(cable.media);
      const common = commonSpeed(spec, this.portOf(a), this.portOf(b));
      const fits =
        this.mediaMisfit(cable.media, a) === null && this.mediaMisfit(cable.media, b) === null;
      const link = new CableInfo(cable, a, b, fits, common);
      this.addCable(a, link, count);
      if (b !== a) this.addCable(b, link, count);
      links[count++] = link;
    }
    links.length = count;
    return links;
  }

  /** Records a cable (at `position` in `links`) on a port. */
  private addCable(p: PortIndex, link: CableInfo, position: number): void {
    if (this.firstLink[p]! < 0) {
      this.firstLink[p] = position;
      return;
    }
    const more = this.moreLinks.get(p);
    if (!more) {
      this.moreLinks.set(p, [link]);
      this.doubleBooked.push(p);
    } else more.push(link);
  }

  private indexLags(): void {
    const { lags } = this.design;
    // First pass: members, and how many LAGs each device has a member in. (Plain loops: a
    // callback here allocated a closure per LAG.)
    let count = 0;
    for (let l = 0; l < lags.length; l++) {
      const lag = lags[l]!;
      this.memberStart[l] = count;
      let device: DeviceInfo | undefined;
      for (let i = 0; i < lag.members.length; i++) {
        const m = lag.members[i]!;
        device = this.memberDevice(m, device);
        if (!device) continue;
        const p = device.port(m.port);
        if (p !== undefined) {
          this.members[count++] = p;
          if (this.lagAtPort[p]! < 0) this.lagAtPort[p] = l;
          else {
            const others = this.otherLags.get(p);
            if (others) others.push(l);
            else this.otherLags.set(p, [l]);
          }
        }
        // All of one LAG's members are seen before the next LAG's, so its last LAG tells.
        if (device.lastLag !== l) {
          device.lastLag = l;
          device.lagCount++;
        }
      }
      this.collectVlans(lag.config);
    }
    this.memberStart[lags.length] = count;
    // Each device's run of `deviceLags`, in device order; then fill the runs.
    let next = 0;
    for (let d = 0; d < this.infos.length; d++) {
      const info = this.infos[d];
      if (!info || info.lagCount === 0) continue;
      info.lagStart = next;
      next += info.lagCount;
      info.lagCount = 0; // now the fill index
      info.lastLag = -1;
    }
    for (let l = 0; l < lags.length; l++) {
      const lag = lags[l]!;
      let device: DeviceInfo | undefined;
      for (let i = 0; i < lag.members.length; i++) {
        device = this.memberDevice(lag.members[i]!, device);
        if (!device || device.lastLag === l) continue;
        device.lastLag = l;
        this.deviceLags[device.lagStart + device.lagCount++] = l;
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
      const info = this.infos[d];
      if (!info) continue;
      const { attachments } = info.device;
      info.attachmentStart = count;
      for (let i = 0; i < attachments.length; i++) {
        const attachment = attachments[i]!;
        const network = this.network(attachment.network);
        if (!network) continue;
        const resolved = this.resolveAttachment(info, attachment, network);
        all[count++] = resolved;
        const ports = resolved.portCount;
        for (let j = 0; j < ports; j++) {
          const p = resolved.portAt(j);
          this.carriedCount[p] = this.carriedCount[p]! + 1;
        }
        carriedTotal += ports;
      }
      info.attachmentEnd = count;
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
        if (this.carriedStart[hostPort]! >= 0) continue;
        this.carriedStart[hostPort] = next;
        next += this.carriedCount[hostPort]!;
        this.carriedCount[hostPort] = 0; // now the fill index
        if (this.landsOnSwitch(hostPort)) landing++;
      }
    }
    const carried = (this.carriedList = new Array<ResolvedAttachment>(carriedTotal));
    const landingPorts = (this.landingPorts = new Int32Array(landing));
    landing = 0;
    for (let i = 0; i < count; i++) {
      const resolved = all[i]!;
      for (let j = 0; j < resolved.portCount; j++) {
        const hostPort = resolved.portAt(j);
        const filled = this.carriedCount[hostPort]!;
        if (filled === 0 && this.landsOnSwitch(hostPort)) landingPorts[landing++] = hostPort;
        carried[this.carriedStart[hostPort]! + filled] = resolved;
        this.carriedCount[hostPort] = filled + 1;
      }
    }
    return all;
  }

  private landsOnSwitch(hostPort: PortIndex): boolean {
    const peer = this.peerOf(hostPort);
    return peer !== undefined && isSwitch(this.deviceOf(peer));
  }

  /** Does this port carry a network with one of these roles? */
  carriesRole(p: PortIndex, roles: ReadonlySet<string>): boolean {
    const start = this.carriedStart[p]!;
    const end = start + this.carriedCount[p]!;
    for (let i = start; i < end; i++) if (roles.has(this.carriedList[i]!.network.role)) return true;
    return false;
  }

  /** The attachments riding on a port. Builds a list: not for hot loops. */
  carriedBy(p: PortIndex): ResolvedAttachment[] {
    const start = this.carriedStart[p]!;
    return start < 0 ? [] : this.carriedList.slice(start, start + this.carriedCount[p]!);
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

  inMlagPair(id: string): boolean {
    return (this.byId.get(id)?.mlagPairs.length ?? 0) > 0;
  }

  /** A device's facts, unless it repeats an earlier device's id. */
  infoOf(device: Device): DeviceInfo | undefined {
    const info = this.byId.get(device.id);
    return info?.device === device ? info : undefined;
  }

  /** Position in `design.lags` of the first LAG with this id, or -1. */
  lagPosition(id: string): number {
    if (!this.lagById) {
      this.lagById = new Map();
      const { lags } = this.design;
      for (let l = 0; l < lags.length; l++)
        if (!this.lagById.has(lags[l]!.id)) this.lagById.set(lags[l]!.id, l);
    }
    return this.lagById.get(id) ?? -1;
  }

  lag(id: string): Lag | undefined {
    return this.design.lags[this.lagPosition(id)];
  }

  /** Position of the LAG with this id, looked up first among those with a member on this device. */
  lagPositionOn(deviceId: string, id: string): number {
    const l = this.byId.get(deviceId)?.lagPosition(id) ?? -1;
    return l >= 0 ? l : this.lagPosition(id);
  }

  /** The LAG with this id, looked up first among those with a member on this device. */
  lagOf(deviceId: string, id: string): Lag | undefined {
    return this.design.lags[this.lagPositionOn(deviceId, id)];
  }

  /** How many members of `design.lags[l]` resolve to ports. */
  memberCount(l: number): number {
    return this.memberStart[l + 1]! - this.memberStart[l]!;
  }

  /** The i-th resolved member port of `design.lags[l]`, in the LAG's order. */
  memberAt(l: number, i: number): PortIndex {
    return this.members[this.memberStart[l]! + i]! as PortIndex;
  }

  /** Is the port a member of `design.lags[l]`? */
  isMemberOf(p: PortIndex, l: number): boolean {
    return this.lagAtPort[p] === l || (this.otherLags.get(p)?.includes(l) ?? false);
  }

  /** The LAG listing this port as a member (a second one, a design error, is not returned). */
  portLag(p: PortIndex): Lag | undefined {
    const l = this.lagAtPort[p]!;
    return l < 0 ? undefined : this.design.lags[l];
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
    for (let i = 0; i < this.landingPorts.length; i++) {
      const hostPort = this.landingPorts[i]! as PortIndex;
      const switchPort = this.peerOf(hostPort)!;
      const start = this.carriedStart[hostPort]!;
      const end = start + this.carriedCount[hostPort]!;
      for (let k = start; k < end; k++) {
        const r = carried[k]!;
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
    for (let i = 0; i < info.portCount; i++) {
      const switchPort = info.cabledAt(i);
      if (switchPort === undefined) continue;
      this.visitLanding(this.linkOf(switchPort)!, switchPort, visit);
      const more = this.moreLinks.get(switchPort);
      if (more) for (const link of more) this.visitLanding(link, switchPort, visit);
    }
  }

  /** A host port lands on the switch port at the far end of its first cable. */
  private visitLanding(link: CableInfo, switchPort: PortIndex, visit: LandingVisitor): void {
    const hostPort = link.otherEnd(switchPort);
    const start = this.carriedStart[hostPort]!;
    if (this.linkOf(hostPort) !== link || start < 0) return;
    const end = start + this.carriedCount[hostPort]!;
    for (let i = start; i < end; i++) {
      const r = this.carriedList[i]!;
      visit(r.attachment, r.network, hostPort, switchPort);
    }
  }

  /** Derived data shared by several rules, computed on first use within one validation. */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  port(deviceId: string, portName: string): PortIndex | undefined {
    return this.byId.get(deviceId)?.port(portName);
  }

  portRef(ref: PortRef): PortIndex | undefined {
    return this.port(ref.device, ref.port);
  }

  /** The device a port belongs to. */
  deviceOf(p: PortIndex): Device {
    return this.design.devices[this.deviceAtPort[p]!]!;
  }

  /** The port itself, as the design describes it. */
  portOf(p: PortIndex): Port {
    const d = this.deviceAtPort[p]!;
    return this.design.devices[d]!.ports[p - this.portBase[d]!]!;
  }

  formFactorOf(p: PortIndex): FormFactor {
    return FORM_FACTOR_OF[this.portOf(p).type];
  }

  /** `deviceId#portName`: the port's target id. */
  portKey(p: PortIndex): string {
    return portKey({ device: this.deviceOf(p).id, port: this.portOf(p).name });
  }

  /** Has at least one cable. */
  isCabled(p: PortIndex): boolean {
    return this.firstLink[p]! >= 0;
  }

  /** Both ends of the first cable on this port: the link it is part of. */
  linkOf(p: PortIndex): CableInfo | undefined {
    const i = this.firstLink[p]!;
    return i < 0 ? undefined : this.links[i];
  }

  /** Both ends of a cable (and its speeds), when both resolve. */
  ends(cable: Cable): CableInfo | undefined {
    const a = this.portRef(cable.a);
    if (a === undefined) return undefined;
    const first = this.linkOf(a);
    if (first?.cable === cable) return first;
    return this.moreLinksOn(a).find((l) => l.cable === cable);
  }

  mediaSpec(media: string): MediaSpec | undefined {
    return this.media.get(media);
  }

  /** Why a media does not fit a port's cage, or null when it does (see cablePhysics). */
  mediaMisfit(media: CableMedia, p: PortIndex): string | null {
    return mediaMisfit(media, this.media.get(media), this.portOf(p));
  }

  /** Speed the link comes up at: the common speed, when the media fits both cages. */
  linkSpeed(cable: Cable): number | null {
    return this.ends(cable)?.speed ?? null;
  }

  /** Links of a double-booked port's second and further cables (usually none). */
  moreLinksOn(p: PortIndex): readonly CableInfo[] {
    return this.moreLinks.get(p) ?? NONE;
  }

  /** The links on a port: one, or more on a double-booked port. Builds a list: not for hot loops. */
  linksOn(p: PortIndex): readonly CableInfo[] {
    const link = this.linkOf(p);
    if (!link) return NONE;
    const more = this.moreLinks.get(p);
    return more ? [link, ...more] : [link];
  }

  /** The port at the other end of the (first) cable on this port. */
  peerOf(p: PortIndex): PortIndex | undefined {
    return this.linkOf(p)?.otherEnd(p);
  }

  /** Link speed of the (first) cable on a port, or null when uncabled or unknown. */
  portSpeed(p: PortIndex): number | null {
    return this.linkOf(p)?.speed ?? null;
  }

  /** Its port, or its bond's members on this device; a host's bond shares the LAG's member list. */
  private resolveAttachment(
    device: DeviceInfo,
    attachment: Attachment,
    network: Network,
  ): ResolvedAttachment {
    const { device: host } = device;
    if (attachment.port !== undefined) {
      const p = device.port(attachment.port);
      const count = p === undefined ? 0 : 1;
      return new ResolvedAttachment(host, attachment, network, undefined, p ?? 0, count);
    }
    const l = attachment.lag === undefined ? -1 : this.lagPositionOn(host.id, attachment.lag);
    if (l < 0) return new ResolvedAttachment(host, attachment, network, undefined, 0, 0);
    const start = this.memberStart[l]!;
    const end = this.memberStart[l + 1]!;
    let here = 0;
    for (let i = start; i < end; i++)
      if (this.deviceAtPort[this.members[i]!] === device.position) here++;
    if (here === end - start)
      return new ResolvedAttachment(host, attachment, network, this.members, start, here);
    // A LAG with members on other devices: a list of this device's own.
    const own = new Int32Array(here);
    here = 0;
    for (let i = start; i < end; i++)
      if (this.deviceAtPort[this.members[i]!] === device.position) own[here++] = this.members[i]!;
    return new ResolvedAttachment(host, attachment, network, own, 0, here);
  }

  /** VLAN configuration in force on a switch port: its LAG's, when it is a member of one. */
  effectiveConfig(p: PortIndex): VlanConfig | undefined {
    const lag = this.portLag(p);
    if (lag) {
      if (lag.config) return lag.config;
      for (const l of this.otherLags.get(p) ?? NONE) {
        const config = this.design.lags[l]!.config;
        if (config) return config;
      }
    }
    return this.portOf(p).config;
  }

  isMlagPair(a: string, b: string): boolean {
    const pairs = this.byId.get(a)?.mlagPairs ?? NONE;
    return a !== b && pairs.some((p) => p.switches.includes(b));
  }

  name(device: Device | undefined): string {
    return device ? device.hostname || device.id : '?';
  }

  portLabel(p: PortIndex): string {
    return `${this.name(this.deviceOf(p))} ${this.portOf(p).name}`;
  }
}

/** A cable with both its ends resolved, and the speeds it can and does come up at. */
export class CableInfo {
  constructor(
    readonly cable: Cable,
    readonly a: PortIndex,
    readonly b: PortIndex,
    /** The media fits both cages. */
    readonly fits: boolean,
    /** Highest speed both ports and the media support. */
    readonly common: number | null,
  ) {}
  /** Speed the link comes up at: the common speed, when the media fits both cages. */
  get speed(): number | null {
    return this.fits ? this.common : null;
  }
  /** The end that is not `p`. */
  otherEnd(p: PortIndex): PortIndex {
    return this.a === p ? this.b : this.a;
  }
}

/** One device's facts, and its ports by name. */
export class DeviceInfo {
  /** Listed as a node of a cluster. */
  inCluster = false;
  /** Its LAGs, those with a member here, are `topo.deviceLags[lagStart ..+ lagCount]`. */
  lagStart = 0;
  lagCount = 0;
  /** Scratch while LAGs are indexed: the last LAG counted here. */
  lastLag = -1;
  mlagPairs: MlagPair[] = NONE;
  /** Its resolved attachments are `topo.attachments[attachmentStart .. attachmentEnd)`. */
  attachmentStart = 0;
  attachmentEnd = 0;
  private byName: Map<string, number> | undefined;
  constructor(
    readonly device: Device,
    /** Its position in `design.devices`. */
    readonly position: number,
    private readonly topo: Topology,
    /** Its ports are `base` onwards, in port order. */
    private readonly base: number,
  ) {}
  at(i: number): PortIndex {
    return (this.base + i) as PortIndex;
  }
  get portCount(): number {
    return this.device.ports.length;
  }
  /** The port at this position of the device, when a cable ends there. */
  cabledAt(i: number): PortIndex | undefined {
    const p = (this.base + i) as PortIndex;
    return this.topo.isCabled(p) ? p : undefined;
  }
  port(name: string): PortIndex | undefined {
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
  /** The k-th of its LAGs. */
  lagAt(k: number): Lag {
    return this.topo.design.lags[this.topo.deviceLags[this.lagStart + k]!]!;
  }
  /** Position in `design.lags` of the first of its LAGs with this id, or -1. */
  lagPosition(id: string): number {
    const { lags } = this.topo.design;
    for (let k = 0; k < this.lagCount; k++) {
      const l = this.topo.deviceLags[this.lagStart + k]!;
      if (lags[l]!.id === id) return l;
    }
    return -1;
  }
  get attachmentCount(): number {
    return this.attachmentEnd - this.attachmentStart;
  }
  attachmentAt(i: number): ResolvedAttachment {
    return this.topo.attachments[this.attachmentStart + i]!;
  }
}
