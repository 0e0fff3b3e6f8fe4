import type { MediaSpec } from '../catalog';
import type {
  Attachment,
  Cable,
  CableMedia,
  Design,
  Device,
  FormFactor,
  Lag,
  Network,
  Port,
  PortRef,
  VlanConfig,
} from '../model';

/**
 * How the design hangs together: what rules (and exports) ask about devices, ports, cables, LAGs
 * and networks. Built once per validation (`buildTopology`), so no rule walks the design again.
 * A port is a `PortIndex`: ask the topology about it (`portOf`, `deviceOf`, `peerOf`, ...).
 * Lists come back in design order. Its members are what rules and their helpers need; what only
 * generation asks lives beside `buildTopology` (shared/topology/index.ts).
 */
export interface Topology {
  readonly design: Design;

  // Devices
  device(id: string): Device | undefined;
  /** Its hostname (or id), for messages. */
  name(device: Device | undefined): string;
  /** Its ports that have a cable, in port order. */
  cabledPorts(device: Device): readonly PortIndex[];
  /** Every cable with an end on it, each once, in port order. */
  linksOf(device: Device): readonly CableInfo[];
  /** Its attachments whose network exists, with the ports each rides on. */
  attachmentsOf(device: Device): readonly ResolvedAttachment[];
  /** The LAGs with a member port on it. */
  lagsOf(device: Device): readonly Lag[];
  /** Listed as a node of a cluster. */
  inCluster(device: Device): boolean;
  /** A switch of some MLAG pair. */
  inMlagPair(device: Device): boolean;
  /** The two devices are the switches of one MLAG pair. */
  isMlagPair(a: Device, b: Device): boolean;

  // Ports
  findPort(ref: PortRef): PortIndex | undefined;
  deviceOf(p: PortIndex): Device;
  portOf(p: PortIndex): Port;
  formFactorOf(p: PortIndex): FormFactor;
  /** "hostname port", for messages. */
  portLabel(p: PortIndex): string;
  isCabled(p: PortIndex): boolean;
  /** The (first) cable on the port, with both ends. */
  linkOf(p: PortIndex): CableInfo | undefined;
  /** Every cable on the port: more than one only on a double-booked port. */
  linksOn(p: PortIndex): readonly CableInfo[];
  /** The port at the other end of its (first) cable. */
  peerOf(p: PortIndex): PortIndex | undefined;
  /** The speed its (first) cable comes up at, or null when uncabled or none. */
  portSpeed(p: PortIndex): number | null;
  /** The LAG listing it as a member. */
  lagOfPort(p: PortIndex): Lag | undefined;
  /** The VLAN configuration in force on it: its LAG's when it is a member of one. */
  effectiveConfig(p: PortIndex): VlanConfig | undefined;
  /** The attachments (networks) riding on it, directly or through a bond. */
  carriedBy(p: PortIndex): readonly ResolvedAttachment[];
  /** It carries a network with one of these roles. */
  carriesRole(p: PortIndex, roles: ReadonlySet<string>): boolean;

  // LAGs
  /** Its member ports that exist, in its order. */
  membersOf(lag: Lag): readonly PortIndex[];
  isMember(p: PortIndex, lag: Lag): boolean;

  // Cables, media, networks
  /** Every cable whose two ends exist, with its ends and link speed, in design order. */
  readonly links: readonly CableInfo[];
  /** Ports with more than one cable. */
  readonly doubleBooked: readonly PortIndex[];
  mediaSpec(media: string): MediaSpec | undefined;
  /** Why the media does not fit the port, or null (cablePhysics). */
  mediaMisfit(media: CableMedia, p: PortIndex): string | null;
  network(id: string): Network | undefined;
  /** Every attachment whose network exists, device after device. */
  readonly attachments: readonly ResolvedAttachment[];
  /** Ports with a configuration of their own (VLANs, MTU, module). */
  readonly configuredPorts: readonly PortIndex[];
  /** Every VLAN id the design uses: what a trunk allowing "all" carries. */
  readonly designVlans: ReadonlySet<number>;

  // Where traffic goes
  /** Where each host network meets a switch: a host port carrying it, cabled to a switch port. */
  landings(): readonly Landing[];
  /** The networks landing on one switch's ports, each once, in the order of `landings()`. */
  networksOn(switchDevice: Device): readonly Network[];
  /** Every server and firewall bond, with where its legs land. */
  hostBonds(): readonly HostBond[];

  /** Derived facts several rules share, computed on first use within one validation. */
  memo<T>(key: string, compute: () => T): T;
}

declare const portBrand: unique symbol;
/**
 * A port of the design, as its position among all the design's ports (device after device, in
 * port order): rules hold ports as these numbers and ask the topology about them. A
 * 2,000-device design has 16,000 ports in use, and an object for each was the largest part of
 * a validation's garbage.
 */
export type PortIndex = number & { readonly [portBrand]: true };

export const isSwitch = (d: Device) => d.role === 'core-switch' || d.role === 'mgmt-switch';
export const isHost = (d: Device) => d.role === 'server' || d.role === 'firewall';

/** A cable with both its ends, and the speeds it can and does come up at. */
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

/**
 * Where the resolved attachments of a design keep their facts: per attachment, by its position
 * in `Topology.attachments`, in typed arrays, which the young-generation GC neither counts nor
 * copies. Filled by the compact index (`CompactTopology`).
 */
export class AttachmentStore {
  /** Position of its device in `design.devices`. */
  readonly device: Int32Array;
  /** Its own position in that device's `attachments`. */
  readonly index: Int32Array;
  /** Position of its network in `design.networks`. */
  readonly network: Int32Array;
  /** Position of its bond in `design.lags`, or -1 (on a port, or naming no LAG that exists). */
  readonly lag: Int32Array;
  /** Its physical ports are `ports[portStart ..+ portCount]`. */
  readonly portStart: Int32Array;
  readonly portCount: Int32Array;
  ports = new Int32Array(0);
  constructor(
    readonly design: Design,
    size: number,
  ) {
    this.device = new Int32Array(size);
    this.index = new Int32Array(size);
    this.network = new Int32Array(size);
    this.lag = new Int32Array(size);
    this.portStart = new Int32Array(size);
    this.portCount = new Int32Array(size);
  }
}

/**
 * An attachment (a network on a host's port or bond) with the physical ports it rides on.
 * Records are classes, not object literals: V8 tags each literal with a 16-byte allocation
 * memento, and a large design has tens of thousands of them. Its facts live in the store: a
 * 2,000-device design resolves 9,248 attachments, 0.8 MB with seven fields each, 0.4 MB so.
 */
export class ResolvedAttachment {
  private portList: readonly PortIndex[] | undefined;
  constructor(
    private readonly store: AttachmentStore,
    private readonly position: number,
  ) {}
  get device(): Device {
    return this.store.design.devices[this.store.device[this.position]!]!;
  }
  get attachment(): Attachment {
    return this.device.attachments[this.store.index[this.position]!]!;
  }
  get network(): Network {
    return this.store.design.networks[this.store.network[this.position]!]!;
  }
  /** The bond it rides on, when it names one that exists. */
  get lag(): Lag | undefined {
    const l = this.store.lag[this.position]!;
    return l < 0 ? undefined : this.store.design.lags[l];
  }
  /** How many physical ports it rides on: 1 for a port, a bond's members here, or none. */
  get portCount(): number {
    return this.store.portCount[this.position]!;
  }
  /** The physical ports it rides on. */
  get ports(): readonly PortIndex[] {
    if (!this.portList) {
      const out = new Array<PortIndex>(this.portCount);
      for (let i = 0; i < out.length; i++) out[i] = this.portAt(i);
      this.portList = out;
    }
    return this.portList;
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
  /** The i-th port it rides on: for the compact index's own loops, which build no lists. */
  portAt(i: number): PortIndex {
    return this.store.ports[this.store.portStart[this.position]! + i]! as PortIndex;
  }
}

/** A host's network reaching a switch: the host port it rides on, cabled to a switch port. */
export class Landing {
  constructor(
    /** Its attachment as resolved for the design, not its parts: two fields fewer per landing. */
    private readonly resolved: ResolvedAttachment,
    readonly hostPort: PortIndex,
    readonly switchPort: PortIndex,
  ) {}
  get attachment(): Attachment {
    return this.resolved.attachment;
  }
  get network(): Network {
    return this.resolved.network;
  }
}

/** A server's or firewall's bond, and where its cabled legs land. */
export class HostBond {
  constructor(
    private readonly topo: Topology,
    readonly lag: Lag,
    readonly host: Device,
    /** The members with a cable. */
    readonly cabled: readonly PortIndex[],
    /** How many cabled members land on a switch. */
    readonly landed: number,
    /** The distinct switches the legs land on, in the order first seen. */
    readonly switches: readonly Device[],
  ) {}
  /** Its member ports on the host (a list made when first asked for: few rules do). */
  get members(): readonly PortIndex[] {
    return this.topo.membersOf(this.lag);
  }
}
