import type { Catalog, MediaSpec } from '../catalog';
import type {
  Attachment,
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
import { FORM_FACTOR_OF } from '../model/vocabulary';
import { commonSpeed, mediaFits, mediaMisfit } from './cablePhysics';
import type { PortIndex, Topology } from './topology';
import {
  AttachmentStore,
  CableInfo,
  HostBond,
  Landing,
  ResolvedAttachment,
  isHost,
  isSwitch,
} from './topology';

const NONE: never[] = [];

/**
 * The topology behind the readable surface (`Topology`): everything rules need to know about
 * how the design hangs together, computed once per validation so no rule re-walks the design. Lookups go by the ids and names already in the
 * design (their hashes are cached) and by object identity, never by freshly built strings.
 *
 * Its cost is mostly allocation: on a 2,000-device design everything made here is live for the
 * whole validation, so a young-generation GC that falls within one copies all of it. Hence facts
 * per port (its cable, LAG, what it carries) and the member lists of LAGs live in typed arrays,
 * which the GC never copies, indexed by `PortIndex`; objects remain only per device, cable and
 * attachment. Its hot loops are indexed: V8 did not elide the iterator objects of `for...of` here.
 */
export class CompactTopology implements Topology {
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
   * carries, are `attachments[carried[carriedStart[p] ..+ carriedCount[p]]]`; -1 when none.
   */
  private readonly carriedStart: Int32Array;
  private readonly carriedCount: Int32Array;
  /** LAG members, LAG after LAG: those of `design.lags[l]` are `members[memberStart[l] .. memberStart[l + 1])`. */
  private readonly members: Int32Array;
  private readonly memberStart: Int32Array;
  /** Each device's LAGs (positions in `design.lags`), device after device (see `DeviceInfo.lagStart`). */
  private readonly deviceLags: Int32Array;
  /** Every cable whose ends resolve, with its ends and speeds, in design order. */
  readonly links: CableInfo[];
  /** Ports with more than one cable, in design order of their second cable. */
  readonly doubleBooked: PortIndex[] = [];
  /**
   * Lists the readable surface hands out, made on first use and kept for the validation; sized
   * up front (an empty array written at scattered positions falls back to a slow dictionary).
   */
  private readonly cabledLists: Array<readonly PortIndex[] | undefined>;
  private readonly linkLists: Array<readonly CableInfo[] | undefined>;
  private readonly attachmentLists: Array<readonly ResolvedAttachment[] | undefined>;
  private readonly lagLists: Array<readonly Lag[] | undefined>;
  private readonly memberLists: Array<readonly PortIndex[] | undefined>;
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
  /** `networksOn`'s lists by switch position, and its table of networks seen (both made on first use). */
  private networkLists: Array<readonly Network[] | undefined> | undefined;
  private networkSeen: Int32Array | undefined;
  /** Host ports that carry networks and are cabled to a switch. */
  private landingPorts: Int32Array = new Int32Array(0);
  /** Every attachment whose network exists, resolved, device after device (see `DeviceInfo`). */
  readonly attachments: ResolvedAttachment[];
  /** What each port carries, as positions in `attachments`, port after port (see `carriedStart`). */
  private carried: Int32Array = new Int32Array(0);
  /** Ports that carry a configuration (VLANs, MTU, module): few, next to all ports. */
  readonly configuredPorts: PortIndex[];
  /** Every VLAN id of the design: what a trunk allowing "all" carries. */
  readonly designVlans = new Set<number>();
  private readonly media = new Map<string, MediaSpec>();
  private readonly memos = new Map<string, unknown>();
  /** The last device and LAG position asked about (see `infoOf`, `positionOfLag`). */
  private lastInfo: DeviceInfo | undefined;
  private lagAskedLast = -1;

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
    this.cabledLists = new Array(devices.length).fill(undefined);
    this.linkLists = new Array(devices.length).fill(undefined);
    this.attachmentLists = new Array(devices.length).fill(undefined);
    this.lagLists = new Array(devices.length).fill(undefined);
    this.memberLists = new Array(design.lags.length).fill(undefined);
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
      if (!info) this.byId.set(device.id, (info = new DeviceInfo(device, d, base)));
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
      const a = this.findPort(cable.a);
      const b = this.findPort(cable.b);
      if (a === undefined || b === undefined) continue; // the loader guarantees both ends
      const spec = this.media.get(cable.media);
      const portA = this.portOf(a);
      const portB = this.portOf(b);
      const common = commonSpeed(spec, portA, portB);
      const fits = mediaFits(cable.media, spec, portA, portB);
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
    // First pass: members, and how many LAGs each device has a member in, noting each (device,
    // LAG) pair so the second pass needs no lookup by id. (Plain loops: a callback here
    // allocated a closure per LAG.)
    let count = 0;
    const pairDevice = new Int32Array(this.members.length); // at most one pair per member
    const pairLag = new Int32Array(this.members.length);
    let pairs = 0;
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
          pairDevice[pairs] = device.position;
          pairLag[pairs++] = l;
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
    }
    for (let k = 0; k < pairs; k++) {
      const info = this.infos[pairDevice[k]!]!;
      this.deviceLags[info.lagStart + info.lagCount++] = pairLag[k]!;
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
    const store = new AttachmentStore(this.design, total);
    // Resolve every attachment: its network, and its port or its bond's members on its device.
    let count = 0;
    let portTotal = 0;
    for (let d = 0; d < devices.length; d++) {
      const info = this.infos[d];
      if (!info) continue;
      const { attachments } = info.device;
      info.attachmentStart = count;
      for (let i = 0; i < attachments.length; i++) {
        const network = this.networkIndex.get(attachments[i]!.network);
        if (network === undefined) continue;
        store.device[count] = d;
        store.index[count] = i;
        store.network[count] = network;
        portTotal += this.resolvePorts(info, attachments[i]!, store, count);
        count++;
      }
      info.attachmentEnd = count;
    }
    // Then their ports, attachment after attachment, counting what each port carries.
    const ports = (store.ports = new Int32Array(portTotal));
    let laid = 0;
    for (let a = 0; a < count; a++) {
      const n = store.portCount[a]!;
      const l = store.lag[a]!;
      if (l < 0) {
        if (n === 1) ports[laid] = store.portStart[a]!; // the port, kept there by resolvePorts
      } else {
        const d = store.device[a]!;
        let k = laid;
        for (let i = this.memberStart[l]!; i < this.memberStart[l + 1]!; i++)
          if (this.deviceAtPort[this.members[i]!] === d) ports[k++] = this.members[i]!;
      }
      store.portStart[a] = laid;
      for (let k = laid; k < laid + n; k++) this.carriedCount[ports[k]!]!++;
      laid += n;
    }
    const carriedTotal = portTotal;
    const all = new Array<ResolvedAttachment>(count);
    for (let a = 0; a < count; a++) all[a] = new ResolvedAttachment(store, a);
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
    const carried = (this.carried = new Int32Array(carriedTotal));
    const landingPorts = (this.landingPorts = new Int32Array(landing));
    landing = 0;
    for (let i = 0; i < count; i++) {
      const resolved = all[i]!;
      for (let j = 0; j < resolved.portCount; j++) {
        const hostPort = resolved.portAt(j);
        const filled = this.carriedCount[hostPort]!;
        if (filled === 0 && this.landsOnSwitch(hostPort)) landingPorts[landing++] = hostPort;
        carried[this.carriedStart[hostPort]! + filled] = i;
        this.carriedCount[hostPort] = filled + 1;
      }
    }
    return all;
  }

  private landsOnSwitch(hostPort: PortIndex): boolean {
    const peer = this.peerOf(hostPort);
    return peer !== undefined && isSwitch(this.deviceOf(peer));
  }

  // ---- The readable surface (see `Topology`) ----

  device(id: string): Device | undefined {
    return this.byId.get(id)?.device;
  }

  name(device: Device | undefined): string {
    return device ? device.hostname || device.id : '?';
  }

  cabledPorts(device: Device): readonly PortIndex[] {
    const info = this.infoOf(device);
    if (!info) return NONE;
    let list = this.cabledLists[info.position];
    if (!list) {
      // Lists are made at their final size: every byte allocated during a validation brings the
      // next young-generation GC closer, and these lists live until the validation ends.
      let count = 0;
      for (let i = 0; i < info.portCount; i++) if (this.isCabled(info.at(i))) count++;
      const out = count === 0 ? NONE : new Array<PortIndex>(count);
      count = 0;
      for (let i = 0; i < info.portCount; i++)
        if (this.isCabled(info.at(i))) out[count++] = info.at(i);
      this.cabledLists[info.position] = list = out;
    }
    return list;
  }

  linksOf(device: Device): readonly CableInfo[] {
    const info = this.infoOf(device);
    if (!info) return NONE;
    let list = this.linkLists[info.position];
    if (!list) {
      let count = 0;
      for (let i = 0; i < info.portCount; i++) count += this.listLinksAt(info, i, undefined, 0);
      const out = count === 0 ? NONE : new Array<CableInfo>(count);
      count = 0;
      for (let i = 0; i < info.portCount; i++) count += this.listLinksAt(info, i, out, count);
      this.linkLists[info.position] = list = out;
    }
    return list;
  }

  /**
   * The cables `linksOf` lists at the device's i-th port, written into `out` from `at` when
   * given; returns how many.
   */
  private listLinksAt(info: DeviceInfo, i: number, out: CableInfo[] | undefined, at: number) {
    const p = info.at(i);
    const first = this.linkOf(p);
    if (!first) return 0;
    let count = this.listLink(first, p, info, out, at);
    const more = this.moreLinks.size > 0 ? this.moreLinks.get(p) : undefined;
    for (let k = 0; more && k < more.length; k++)
      count += this.listLink(more[k]!, p, info, out, at + count);
    return count;
  }

  /** Lists a cable on port `p` (1), unless it joins two of the device's ports and `p` is its b end (0). */
  private listLink(
    link: CableInfo,
    p: PortIndex,
    info: DeviceInfo,
    out: CableInfo[] | undefined,
    at: number,
  ) {
    if (link.a !== p && this.deviceAtPort[link.a] === info.position) return 0;
    if (out) out[at] = link;
    return 1;
  }

  attachmentsOf(device: Device): readonly ResolvedAttachment[] {
    const info = this.infoOf(device);
    if (!info) return NONE;
    let list = this.attachmentLists[info.position];
    if (!list) {
      const empty = info.attachmentStart === info.attachmentEnd;
      list = empty ? NONE : this.attachments.slice(info.attachmentStart, info.attachmentEnd);
      this.attachmentLists[info.position] = list;
    }
    return list;
  }

  lagsOf(device: Device): readonly Lag[] {
    const info = this.infoOf(device);
    if (!info) return NONE;
    let list = this.lagLists[info.position];
    if (!list) {
      const out = info.lagCount === 0 ? NONE : new Array<Lag>(info.lagCount);
      for (let k = 0; k < info.lagCount; k++)
        out[k] = this.design.lags[this.deviceLags[info.lagStart + k]!]!;
      this.lagLists[info.position] = list = out;
    }
    return list;
  }

  inCluster(device: Device): boolean {
    return this.infoOf(device)?.inCluster ?? false;
  }

  inMlagPair(device: Device): boolean {
    return (this.infoOf(device)?.mlagPairs.length ?? 0) > 0;
  }

  isMlagPair(a: Device, b: Device): boolean {
    const pairs = this.infoOf(a)?.mlagPairs ?? NONE;
    return a !== b && pairs.some((p) => p.switches.includes(b.id));
  }

  findPort(ref: PortRef): PortIndex | undefined {
    return this.byId.get(ref.device)?.port(ref.port);
  }

  deviceOf(p: PortIndex): Device {
    return this.design.devices[this.deviceAtPort[p]!]!;
  }

  portOf(p: PortIndex): Port {
    const d = this.deviceAtPort[p]!;
    return this.design.devices[d]!.ports[p - this.portBase[d]!]!;
  }

  formFactorOf(p: PortIndex): FormFactor {
    return FORM_FACTOR_OF[this.portOf(p).type];
  }

  portLabel(p: PortIndex): string {
    return `${this.name(this.deviceOf(p))} ${this.portOf(p).name}`;
  }

  isCabled(p: PortIndex): boolean {
    return this.firstLink[p]! >= 0;
  }

  linkOf(p: PortIndex): CableInfo | undefined {
    const i = this.firstLink[p]!;
    return i < 0 ? undefined : this.links[i];
  }

  linksOn(p: PortIndex): readonly CableInfo[] {
    const link = this.linkOf(p);
    if (!link) return NONE;
    const more = this.moreLinks.get(p);
    return more ? [link, ...more] : [link];
  }

  peerOf(p: PortIndex): PortIndex | undefined {
    return this.linkOf(p)?.otherEnd(p);
  }

  portSpeed(p: PortIndex): number | null {
    return this.linkOf(p)?.speed ?? null;
  }

  lagOfPort(p: PortIndex): Lag | undefined {
    const l = this.lagAtPort[p]!;
    return l < 0 ? undefined : this.design.lags[l];
  }

  carriedBy(p: PortIndex): readonly ResolvedAttachment[] {
    const start = this.carriedStart[p]!;
    if (start < 0) return NONE;
    const out = new Array<ResolvedAttachment>(this.carriedCount[p]!);
    for (let i = 0; i < out.length; i++) out[i] = this.attachments[this.carried[start + i]!]!;
    return out;
  }

  carriesRole(p: PortIndex, roles: ReadonlySet<string>): boolean {
    const start = this.carriedStart[p]!;
    const end = start + this.carriedCount[p]!;
    for (let i = start; i < end; i++)
      if (roles.has(this.attachments[this.carried[i]!]!.network.role)) return true;
    return false;
  }

  membersOf(lag: Lag): readonly PortIndex[] {
    const l = this.positionOfLag(lag);
    if (l < 0) return NONE;
    let list = this.memberLists[l];
    if (!list) {
      const start = this.memberStart[l]!;
      const out = new Array<PortIndex>(this.memberStart[l + 1]! - start);
      for (let i = 0; i < out.length; i++) out[i] = this.members[start + i]! as PortIndex;
      this.memberLists[l] = list = out;
    }
    return list;
  }

  isMember(p: PortIndex, lag: Lag): boolean {
    const l = this.positionOfLag(lag);
    return l >= 0 && (this.lagAtPort[p] === l || (this.otherLags.get(p)?.includes(l) ?? false));
  }

  mediaSpec(media: string): MediaSpec | undefined {
    return this.media.get(media);
  }

  mediaMisfit(media: CableMedia, p: PortIndex): string | null {
    return mediaMisfit(media, this.media.get(media), this.portOf(p));
  }

  network(id: string): Network | undefined {
    const i = this.networkIndex.get(id);
    return i === undefined ? undefined : this.design.networks[i];
  }

  landings(): readonly Landing[] {
    return this.memo('landings', () => {
      let count = 0;
      for (let i = 0; i < this.landingPorts.length; i++)
        count += this.carriedCount[this.landingPorts[i]!]!;
      const out = new Array<Landing>(count);
      count = 0;
      for (let i = 0; i < this.landingPorts.length; i++) {
        const hostPort = this.landingPorts[i]! as PortIndex;
        const switchPort = this.peerOf(hostPort)!;
        const start = this.carriedStart[hostPort]!;
        const end = start + this.carriedCount[hostPort]!;
        for (let k = start; k < end; k++)
          out[count++] = new Landing(this.attachments[this.carried[k]!]!, hostPort, switchPort);
      }
      return out;
    });
  }

  networksOn(switchDevice: Device): readonly Network[] {
    const info = this.infoOf(switchDevice);
    if (!info) return NONE;
    const lists = (this.networkLists ??= new Array(this.infos.length).fill(undefined));
    let list = lists[info.position];
    if (!list) {
      // Each network once: marked in a table by its position, with a mark of this switch's own.
      const { order, start } = this.landingsBySwitch();
      const all = this.landings();
      const seen = (this.networkSeen ??= new Int32Array(this.design.networks.length));
      const mark = info.position + 1;
      const first = start[info.position]!;
      const end = start[info.position + 1]!;
      let count = 0;
      for (let i = first; i < end; i++) {
        const n = this.networkIndex.get(all[order[i]!]!.network.id)!;
        if (seen[n] !== mark) count++;
        seen[n] = mark;
      }
      const out = count === 0 ? NONE : new Array<Network>(count);
      count = 0;
      for (let i = first; i < end; i++) {
        const n = this.networkIndex.get(all[order[i]!]!.network.id)!;
        if (seen[n] === -mark) continue;
        seen[n] = -mark;
        out[count++] = this.design.networks[n]!;
      }
      lists[info.position] = list = out;
    }
    return list;
  }

  /**
   * The landings grouped by switch: those on the device at position d are
   * `landings()[order[start[d] .. start[d + 1])]`, in the order of `landings()`.
   */
  private landingsBySwitch(): { order: Int32Array; start: Int32Array } {
    return this.memo('landingsBySwitch', () => {
      const all = this.landings();
      const start = new Int32Array(this.infos.length + 1);
      for (let i = 0; i < all.length; i++) start[this.deviceAtPort[all[i]!.switchPort]! + 1]!++;
      for (let d = 0; d < this.infos.length; d++) start[d + 1]! += start[d]!;
      const filled = start.slice(0, this.infos.length);
      const order = new Int32Array(all.length);
      for (let i = 0; i < all.length; i++)
        order[filled[this.deviceAtPort[all[i]!.switchPort]!]!++] = i;
      return { order, start };
    });
  }

  hostBonds(): readonly HostBond[] {
    return this.memo('hostBonds', () => {
      const { lags } = this.design;
      let count = 0;
      for (let l = 0; l < lags.length; l++) if (this.hostOfLag(l)) count++;
      const out = new Array<HostBond>(count);
      count = 0;
      // A cluster's bonds land on the same one or two switches: their lists are shared.
      const switchLists = new Map<number, readonly Device[]>();
      for (let l = 0; l < lags.length; l++) {
        const host = this.hostOfLag(l);
        if (!host) continue;
        const start = this.memberStart[l]!;
        const end = this.memberStart[l + 1]!;
        let cabledCount = 0;
        let landed = 0;
        let first = -1; // positions of the first two switches the legs land on
        let second = -1;
        let more = false;
        for (let i = start; i < end; i++) {
          const peer = this.peerOf(this.members[i]! as PortIndex);
          if (peer === undefined) continue;
          cabledCount++;
          const d = this.deviceAtPort[peer]!;
          if (!isSwitch(this.design.devices[d]!)) continue;
          landed++;
          if (first < 0 || d === first) first = d;
          else if (second < 0 || d === second) second = d;
          else more = true;
        }
        const members = this.membersOf(lags[l]!);
        const cabled = cabledCount === members.length ? members : this.cabledOf(start, end);
        const switches = more
          ? this.switchesOf(start, end)
          : this.switchList(switchLists, first, second);
        out[count++] = new HostBond(this, lags[l]!, host, cabled, landed, switches);
      }
      return out;
    });
  }

  /** The server or firewall a LAG's first member is on, when it is a host's bond. */
  private hostOfLag(l: number): Device | undefined {
    const start = this.memberStart[l]!;
    if (start === this.memberStart[l + 1]) return undefined;
    const device = this.deviceOf(this.members[start]! as PortIndex);
    return isHost(device) ? device : undefined;
  }

  /** The cabled ones among `members[start .. end)`. */
  private cabledOf(start: number, end: number): PortIndex[] {
    const out: PortIndex[] = [];
    for (let i = start; i < end; i++)
      if (this.isCabled(this.members[i]! as PortIndex)) out.push(this.members[i]! as PortIndex);
    return out;
  }

  /** The distinct switches `members[start .. end)` land on, in the order first seen. */
  private switchesOf(start: number, end: number): Device[] {
    const out: Device[] = [];
    for (let i = start; i < end; i++) {
      const peer = this.peerOf(this.members[i]! as PortIndex);
      const device = peer === undefined ? undefined : this.deviceOf(peer);
      if (device && isSwitch(device) && !out.includes(device)) out.push(device);
    }
    return out;
  }

  /** The list of the switches at these positions (-1: none), shared by the bonds landing there. */
  private switchList(
    lists: Map<number, readonly Device[]>,
    first: number,
    second: number,
  ): readonly Device[] {
    if (first < 0) return NONE;
    const key = first * (this.infos.length + 1) + (second + 1);
    let list = lists.get(key);
    if (!list) {
      const { devices } = this.design;
      list = second < 0 ? [devices[first]!] : [devices[first]!, devices[second]!];
      lists.set(key, list);
    }
    return list;
  }

  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  // ---- For generation only (see index.ts), not on the rules' surface ----

  /** The device's port at position `i` of `device.ports`. */
  portAt(device: Device, i: number): PortIndex | undefined {
    const info = this.infoOf(device);
    return info && i >= 0 && i < info.portCount ? info.at(i) : undefined;
  }

  /** Forgets the lists and derived facts rules asked for; asked again, they are worked out again. */
  releaseDerived(): void {
    // Attachment and LAG lists stay: the generators read those too.
    this.memos.clear();
    this.cabledLists.fill(undefined);
    this.linkLists.fill(undefined);
    this.memberLists.fill(undefined);
    this.networkLists = undefined;
  }

  // ---- Internal lookups ----

  /** A device's facts, unless it repeats an earlier device's id. */
  private infoOf(device: Device): DeviceInfo | undefined {
    // Rules ask several questions about one device in a row: the last answer is tried first,
    // which spares a lookup by id (on a large design, mostly a cache miss on the id string).
    if (this.lastInfo?.device === device) return this.lastInfo;
    const info = this.byId.get(device.id);
    if (info?.device !== device) return undefined;
    this.lastInfo = info;
    return info;
  }

  /** Position in `design.lags` of the first LAG with this id, or -1. */
  private lagPosition(id: string): number {
    if (!this.lagById) {
      this.lagById = new Map();
      const { lags } = this.design;
      for (let l = 0; l < lags.length; l++)
        if (!this.lagById.has(lags[l]!.id)) this.lagById.set(lags[l]!.id, l);
    }
    return this.lagById.get(id) ?? -1;
  }

  /** Its position in `design.lags`, or -1. */
  private positionOfLag(lag: Lag): number {
    const l = this.findPositionOfLag(lag);
    if (l >= 0) this.lagAskedLast = l;
    return l;
  }

  /**
   * Rules walk the LAGs in design order, so the one after the last found (or that one again) is
   * tried first; then the LAGs of its first member's device: a few, where a map of all would cost.
   */
  private findPositionOfLag(lag: Lag): number {
    const { lags } = this.design;
    const last = this.lagAskedLast;
    if (lags[last + 1] === lag) return last + 1;
    if (last >= 0 && lags[last] === lag) return last;
    const first = lag.members[0];
    const info = first && this.byId.get(first.device);
    if (info) {
      for (let k = 0; k < info.lagCount; k++) {
        const l = this.deviceLags[info.lagStart + k]!;
        if (lags[l] === lag) return l;
      }
    }
    const l = this.lagPosition(lag.id);
    return lags[l] === lag ? l : -1;
  }

  /** Position of the LAG with this id, looked up first among those with a member on this device. */
  private lagPositionOn(info: DeviceInfo, id: string): number {
    const { lags } = this.design;
    for (let k = 0; k < info.lagCount; k++) {
      const l = this.deviceLags[info.lagStart + k]!;
      if (lags[l]!.id === id) return l;
    }
    return this.lagPosition(id);
  }

  private collectVlans(config: VlanConfig | undefined): void {
    if (!config) return;
    if (config.untaggedVlan !== undefined) this.designVlans.add(config.untaggedVlan);
    const tagged = config.taggedVlans;
    if (Array.isArray(tagged))
      for (let i = 0; i < tagged.length; i++) this.designVlans.add(tagged[i]!);
  }

  /**
   * Resolves an attachment's ports into the store, at position `a`: its bond (or -1) and how
   * many ports it rides on, its port or its bond's members on this device; returns that count.
   * A single port is kept in `portStart` until the ports are laid out.
   */
  private resolvePorts(
    device: DeviceInfo,
    attachment: Attachment,
    store: AttachmentStore,
    a: number,
  ): number {
    let count = 0;
    let l = -1;
    if (attachment.port !== undefined) {
      const p = device.port(attachment.port);
      if (p !== undefined) store.portStart[a] = p;
      count = p === undefined ? 0 : 1;
    } else if (attachment.lag !== undefined) {
      l = this.lagPositionOn(device, attachment.lag);
      for (let i = this.memberStart[l]!; l >= 0 && i < this.memberStart[l + 1]!; i++)
        if (this.deviceAtPort[this.members[i]!] === device.position) count++;
    }
    store.lag[a] = l;
    store.portCount[a] = count;
    return count;
  }

  /** VLAN configuration in force on a switch port: its LAG's, when it is a member of one. */
  effectiveConfig(p: PortIndex): VlanConfig | undefined {
    const lag = this.lagOfPort(p);
    if (lag) {
      if (lag.config) return lag.config;
      for (const l of this.otherLags.get(p) ?? NONE) {
        const config = this.design.lags[l]!.config;
        if (config) return config;
      }
    }
    return this.portOf(p).config;
  }
}

/** One device's facts, and its ports by name. */
class DeviceInfo {
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
    /** Its ports are `base` onwards, in port order. */
    private readonly base: number,
  ) {}
  at(i: number): PortIndex {
    return (this.base + i) as PortIndex;
  }
  get portCount(): number {
    return this.device.ports.length;
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
}
