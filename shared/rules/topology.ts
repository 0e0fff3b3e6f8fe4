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

/** A port with its device and what the topology knows about it. One object per port. */
export class PortInfo {
  readonly formFactor: FormFactor;
  /** Cables with an end here (more than one is a double-booked port). */
  cables: Cable[] = NONE;
  /** The LAG listing this port as a member (a second one, a design error, goes to `otherLags`). */
  lag: Lag | undefined;
  otherLags: Lag[] | undefined;
  /** Attachments riding on this port (directly or through a bond): the networks it carries. */
  carried: ResolvedAttachment[] = NONE;
  /** Scratch for sizing `carried` while the topology is built. */
  carriedCount = 0;
  /** `[this]`, shared by the attachments riding on this port alone. */
  alone: PortInfo[] | undefined;
  private cachedKey: string | undefined;
  constructor(
    readonly device: Device,
    readonly port: Port,
  ) {
    this.formFactor = FORM_FACTOR_OF[port.type];
  }
  /** `deviceId#portName`: the port's target id, built only when a finding needs it. */
  get key(): string {
    return (this.cachedKey ??= portTargetId(this.device.id, this.port.name));
  }
}

/** An attachment with its network and the physical ports it rides on, resolved once. */
export interface ResolvedAttachment {
  device: Device;
  attachment: Attachment;
  network: Network;
  ports: PortInfo[];
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
 * design (their hashes are cached) and by object identity, never by freshly built strings:
 * that keeps a 2,000-device design well inside the editor's budget.
 */
export class Topology {
  readonly devices = new Map<string, Device>();
  /** Per device, its cabled ports: rules walk these, not the many unused switch ports. */
  readonly cabledPorts = new Map<string, PortInfo[]>();
  private readonly portIndex = new Map<string, DevicePorts>();
  /** Ports with more than one cable, in design order of their second cable. */
  readonly doubleBooked: PortInfo[] = [];
  private readonly cableInfo = new Map<Cable, CableInfo>();
  readonly lags = new Map<string, Lag>();
  private readonly lagMembers = new Map<Lag, PortInfo[]>();
  /** LAGs with at least one member on a device: each counts as one LAG group there. */
  readonly lagsOn = new Map<string, Lag[]>();
  readonly mlagPairsOf = new Map<string, MlagPair[]>();
  readonly networks = new Map<string, Network>();
  /** Host ports that carry networks and are cabled to a switch. */
  private readonly landingPorts: PortInfo[] = [];
  /** Every attachment whose network exists, resolved; and per device. */
  readonly attachments: ResolvedAttachment[] = [];
  private readonly attachmentsByDevice = new Map<Device, ResolvedAttachment[]>();
  /** Ports that carry a configuration (VLANs, MTU, module): few, next to all ports. */
  readonly configuredPorts: Array<{ device: Device; port: Port }> = [];
  /** Every VLAN id of the design: what a trunk allowing "all" carries. */
  readonly designVlans = new Set<number>();
  private readonly media = new Map<string, MediaSpec>();
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly design: Design,
    catalog: Catalog,
  ) {
    for (const spec of catalog.media) this.media.set(spec.media, spec);
    this.indexPorts();
    this.indexCables();
    this.indexLags();
    for (const pair of design.mlagPairs)
      for (const s of pair.switches) push(this.mlagPairsOf, s, pair);
    for (const network of design.networks) {
      this.networks.set(network.id, network);
      if (network.vlan !== undefined) this.designVlans.add(network.vlan);
    }
    this.indexAttachments();
  }

  private indexPorts(): void {
    for (const device of this.design.devices) {
      this.devices.set(device.id, device);
      if (!this.portIndex.has(device.id)) this.portIndex.set(device.id, new DevicePorts(device));
      for (const port of device.ports) {
        if (!port.config) continue;
        this.configuredPorts.push({ device, port });
        this.collectVlans(port.config);
      }
    }
  }

  private indexCables(): void {
    for (const cable of this.design.cables) {
      const a = this.portRef(cable.a);
      const b = this.portRef(cable.b);
      if (!a || !b) continue; // the loader guarantees both ends; stay total for direct callers
      // Both ends share one list; a port that gets a second cable copies it (never mutates).
      const single = [cable];
      this.addCable(a, cable, single);
      if (b !== a) this.addCable(b, cable, single);
      const common = this.computeCommonSpeed(cable, a, b);
      const fits =
        this.mediaMisfit(cable.media, a) === null && this.mediaMisfit(cable.media, b) === null;
      this.cableInfo.set(cable, { a, b, link: fits ? common : null, common });
    }
  }

  private indexLags(): void {
    for (const lag of this.design.lags) {
      this.lags.set(lag.id, lag);
      const members: PortInfo[] = [];
      let previous: string | undefined;
      for (const m of lag.members) {
        const info = this.portRef(m);
        if (info) {
          members.push(info);
          if (!info.lag) info.lag = lag;
          else (info.otherLags ??= []).push(lag);
        }
        // Members are usually grouped by device; the includes() keeps odd orders right.
        if (m.device !== previous) {
          const onDevice = this.lagsOn.get(m.device);
          if (!onDevice) this.lagsOn.set(m.device, [lag]);
          else if (onDevice[onDevice.length - 1] !== lag && !onDevice.includes(lag))
            onDevice.push(lag);
          previous = m.device;
        }
      }
      this.lagMembers.set(lag, members);
      this.collectVlans(lag.config);
    }
  }

  private indexAttachments(): void {
    // Resolve every attachment, counting per port first so each port's list is allocated at
    // its exact size (growing arrays one push at a time wastes most of their memory).
    for (const device of this.design.devices) {
      const list: ResolvedAttachment[] = [];
      for (const attachment of device.attachments) {
        const network = this.networks.get(attachment.network);
        if (!network) continue;
        const resolved = {
          device,
          attachment,
          network,
          ports: this.resolveAttachment(device, attachment),
        };
        list.push(resolved);
        this.attachments.push(resolved);
        for (const p of resolved.ports) p.carriedCount++;
      }
      this.attachmentsByDevice.set(device, list);
    }
    for (const resolved of this.attachments) {
      for (const hostPort of resolved.ports) {
        if (hostPort.carried === NONE) {
          hostPort.carried = new Array<ResolvedAttachment>(hostPort.carriedCount);
          hostPort.carriedCount = 0; // now the fill index
          const peer = this.peerOf(hostPort);
          if (peer && isSwitch(peer.device)) this.landingPorts.push(hostPort);
        }
        hostPort.carried[hostPort.carriedCount++] = resolved;
      }
    }
  }

  /** A device's attachments with their networks and physical ports. */
  attachmentsOf(device: Device): ResolvedAttachment[] {
    return this.attachmentsByDevice.get(device) ?? NONE;
  }

  private addCable(p: PortInfo, cable: Cable, single: Cable[]): void {
    if (p.cables.length === 0) {
      push(this.cabledPorts, p.device.id, p);
      p.cables = single;
      return;
    }
    p.cables = [...p.cables, cable];
    if (p.cables.length === 2) this.doubleBooked.push(p);
  }

  private collectVlans(config: VlanConfig | undefined): void {
    if (!config) return;
    if (config.untaggedVlan !== undefined) this.designVlans.add(config.untaggedVlan);
    if (Array.isArray(config.taggedVlans))
      for (const v of config.taggedVlans) this.designVlans.add(v);
  }

  /** Visits every (network on a host port, switch port it lands on); no objects per visit. */
  eachLanding(visit: LandingVisitor): void {
    for (const hostPort of this.landingPorts) {
      const switchPort = this.peerOf(hostPort)!;
      for (const r of hostPort.carried) visit(r.attachment, r.network, hostPort, switchPort);
    }
  }

  /** Derived data shared by several rules, computed on first use within one validation. */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  port(deviceId: string, portName: string): PortInfo | undefined {
    return this.portIndex.get(deviceId)?.get(portName);
  }

  /** Both ends of a cable (and its speeds), when both resolve. */
  ends(cable: Cable): CableInfo | undefined {
    return this.cableInfo.get(cable);
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
    const sfp = SFP_FAMILY.has(p.formFactor);
    const baseT = sfp && p.port.config?.module === 'base-t';
    if (TWISTED_PAIR_MEDIA.has(media as never))
      return sfp && !baseT ? `${p.formFactor} cage without a BASE-T module` : null;
    if (!sfp || baseT) return baseT ? 'cage holding a BASE-T module' : `${p.formFactor} jack`;
    const spec = this.media.get(media);
    return spec && !spec.formFactors.includes(p.formFactor) ? `${p.formFactor} cage` : null;
  }

  /** Highest speed both ports and the media support (domain brief, section 3), or null. */
  private computeCommonSpeed(cable: Cable, a: PortInfo, b: PortInfo): number | null {
    const mediaSpeeds = this.media.get(cable.media)?.speeds ?? [];
    let best: number | null = null;
    for (const s of a.port.speeds) {
      if (s > (best ?? -1) && b.port.speeds.includes(s) && mediaSpeeds.includes(s)) best = s;
    }
    return best;
  }

  /** Speed the link comes up at: the common speed, when the media fits both cages. */
  linkSpeed(cable: Cable): number | null {
    return this.cableInfo.get(cable)?.link ?? null;
  }

  commonSpeed(cable: Cable): number | null {
    return this.cableInfo.get(cable)?.common ?? null;
  }

  cablesOn(p: PortInfo): readonly Cable[] {
    return p.cables;
  }

  /** The port at the other end of the (first) cable on this port. */
  peerOf(p: PortInfo): PortInfo | undefined {
    const cable = p.cables[0];
    const info = cable && this.cableInfo.get(cable);
    if (!info) return undefined;
    return info.a === p ? info.b : info.a;
  }

  /** Link speed of the (first) cable on a port, or null when uncabled or unknown. */
  portSpeed(p: PortInfo): number | null {
    const cable = p.cables[0];
    return cable ? this.linkSpeed(cable) : null;
  }

  /** A LAG's member ports (those that resolve), in the LAG's order. */
  membersOf(lag: Lag): PortInfo[] {
    return this.lagMembers.get(lag) ?? NONE;
  }

  /** The port, or the bond's members on this device; a host's bond list is shared, not copied. */
  private resolveAttachment(device: Device, attachment: Attachment): PortInfo[] {
    if (attachment.port !== undefined) {
      const info = this.port(device.id, attachment.port);
      return info ? (info.alone ??= [info]) : NONE;
    }
    const lag = attachment.lag === undefined ? undefined : this.lags.get(attachment.lag);
    if (!lag) return NONE;
    const members = this.membersOf(lag);
    for (const p of members)
      if (p.device !== device) return members.filter((m) => m.device === device);
    return members; // a host's own bond: share the list
  }

  /** VLAN configuration in force on a switch port: its LAG's, when it is a member of one. */
  effectiveConfig(p: PortInfo): VlanConfig | undefined {
    if (p.lag?.config) return p.lag.config;
    for (const lag of p.otherLags ?? NONE) if (lag.config) return lag.config;
    return p.port.config;
  }

  isMlagPair(a: string, b: string): boolean {
    return (this.mlagPairsOf.get(a) ?? []).some((p) => p.switches.includes(b) && a !== b);
  }

  name(device: Device | undefined): string {
    return device ? device.hostname || device.id : '?';
  }

  portLabel(info: PortInfo): string {
    return `${this.name(info.device)} ${info.port.name}`;
  }
}

export interface CableInfo {
  a: PortInfo;
  b: PortInfo;
  link: number | null;
  common: number | null;
}

/**
 * A device's ports by name. PortInfo objects are made on first use: most switch ports of a large
 * design are never cabled, and not allocating them keeps validation (and its GC) fast.
 */
class DevicePorts {
  private byName: Map<string, number> | undefined;
  private readonly infos: Array<PortInfo | undefined>;
  constructor(private readonly device: Device) {
    this.infos = new Array<PortInfo | undefined>(device.ports.length);
  }
  private at(i: number): PortInfo {
    return (this.infos[i] ??= new PortInfo(this.device, this.device.ports[i]!));
  }
  get(name: string): PortInfo | undefined {
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
