import type { Cable, Design, Device, Lag, MlagPair, Network } from '../model';
import type { PortIndex, ResolvedAttachment, Topology } from '../topology';
import { isRfc1035Label } from '../model/hostname';
import { portAt } from '../topology';
import { parseCidr, parseIp } from '../topology/ip';
import type { Cidr } from '../topology/ip';

/**
 * A fact a generated file needs and the design lacks (or holds in a form that file cannot
 * take). Generation refuses while any exists, and lists every one, so the user fixes them all
 * in one round instead of discovering them file by file.
 */
export interface MissingFact {
  /** Hostname (or id) of the device, or the network / cluster / pair concerned. */
  device?: string;
  port?: string;
  /** The field to fill in or fix, as the inspector names it. */
  field: string;
  message: string;
}

/** Collects missing facts; generators keep going after one so that all are listed. */
export class Facts {
  readonly missing: MissingFact[] = [];
  readonly notes: string[] = [];

  /** A cable's label, checked wherever a file prints it; `miss` lists a bad one once. */
  cableLabel(cable: Cable): string {
    const label = cable.label ?? '';
    if (!SAFE_TEXT.test(label))
      this.text(label, { device: `cable ${cable.id}`, field: 'label' }, 'label');
    return label;
  }

  /**
   * An address or CIDR that lands in a file or a command: it must parse as one, so nothing
   * else can ride along.
   */
  address(value: string, fact: Omit<MissingFact, 'message'>, what: string): string {
    const text = value.trim();
    const slash = text.indexOf('/');
    const ok =
      /^[0-9A-Fa-f:.]+(\/\d{1,3})?$/.test(text) &&
      (slash < 0 ? parseIp(text) !== null : parseCidr(text) !== null);
    if (!ok) this.miss({ ...fact, message: `${what} "${printable(value)}" is not an IP address` });
    return text;
  }

  private readonly listed = new Set<string>();

  /** Records a missing fact once, however many files or devices need it. */
  miss(fact: MissingFact): void {
    const key = `${fact.device ?? ''}\0${fact.port ?? ''}\0${fact.field}\0${fact.message}`;
    if (this.listed.has(key)) return;
    this.listed.add(key);
    this.missing.push(fact);
  }

  /** A user-typed name that must be an RFC 1035 label (hostnames, the cluster name). */
  label(value: string, fact: Omit<MissingFact, 'message'>, what: string): string {
    if (!isRfc1035Label(value))
      this.miss({
        ...fact,
        message: `${what} "${printable(value)}" is not a valid name (a letter first, then letters, digits or hyphens, at most 63)`,
      });
    return value;
  }

  /**
   * Free text (cable labels, descriptions) that lands in a comment or a description: printable
   * ASCII without quotes, backslash, `$`, backtick, `!`, `;`, `&`, `|`, `<`, `>` or `#`, so it can
   * neither end the line, nor the quoted word in an `nv set` line a user pastes into a shell,
   * nor start a comment in an EOS description.
   */
  text(value: string, fact: Omit<MissingFact, 'message'>, what: string): string {
    if (!SAFE_TEXT.test(value))
      this.miss({
        ...fact,
        message: `${what} "${printable(value)}" holds characters a configuration cannot take safely; use letters, digits, spaces and . _ : / + , ( ) @ = -`,
      });
    return value;
  }
}

const SAFE_TEXT = /^[A-Za-z0-9 ._:/+,()@=-]{0,200}$/;

/** Control characters shown as \xNN, so a message about a hostile string is itself harmless. */
export function printable(value: string): string {
  return value.replace(
    // eslint-disable-next-line no-control-regex
    /[\x00-\x1f\x7f"]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** Linux interface names: at most 15 characters (IFNAMSIZ), no "." (that makes a VLAN). */
export const LINUX_IFNAME = /^[A-Za-z0-9_-]{1,15}$/;

/**
 * What the generators ask about the design: the validation's topology (built once per
 * generation, shared with the rules) plus the few facts only generation needs.
 */
export class DesignIndex {
  readonly design: Design;
  /** Position of each network in the design, for "the first such network". */
  readonly networkOrder = new Map<string, number>();
  /** The MLAG pair each switch belongs to. */
  readonly pairOf = new Map<string, MlagPair>();
  readonly cidrs = new Map<string, Cidr | null>();
  /** Every VLAN id of the design's networks, ascending. */
  readonly vlans: number[];
  /** Per VLAN id: the largest MTU of a network on it. */
  readonly vlanMtu = new Map<number, number>();
  /** Per VLAN id: the switch's name for it, from the first network on it (`vlanName`). */
  readonly vlanName = new Map<number, string>();
  /** The first LAG with each id, made when first asked for. */
  private lagById: Map<string, Lag> | undefined;

  constructor(readonly topo: Topology) {
    const design = (this.design = topo.design);
    design.networks.forEach((n, i) => this.networkOrder.set(n.id, i));
    for (const pair of design.mlagPairs)
      for (const id of pair.switches) if (!this.pairOf.has(id)) this.pairOf.set(id, pair);
    const vlans = new Set<number>();
    for (const n of design.networks)
      if (n.vlan !== undefined) {
        vlans.add(n.vlan);
        this.vlanMtu.set(n.vlan, Math.max(this.vlanMtu.get(n.vlan) ?? 0, n.mtu));
        if (!this.vlanName.has(n.vlan)) this.vlanName.set(n.vlan, vlanName(n.name));
      }
    this.vlans = [...vlans].sort((a, b) => a - b);
  }

  device(id: string): Device | undefined {
    return this.topo.device(id);
  }

  network(id: string): Network | undefined {
    return this.topo.network(id);
  }

  lag(id: string): Lag | undefined {
    if (!this.lagById) {
      this.lagById = new Map();
      for (const lag of this.design.lags)
        if (!this.lagById.has(lag.id)) this.lagById.set(lag.id, lag);
    }
    return this.lagById.get(id);
  }

  /** The device's attachments whose network exists, each with its network, in its order. */
  attachmentsOf(device: Device): readonly ResolvedAttachment[] {
    return this.topo.attachmentsOf(device);
  }

  /** The LAGs with a member port on the device, in design order. */
  lagsOf(device: Device): readonly Lag[] {
    return this.topo.lagsOf(device);
  }

  hostname(id: string): string {
    return this.topo.device(id)?.hostname ?? id;
  }

  cidr(network: Network): Cidr | null {
    let cidr = this.cidrs.get(network.id);
    if (cidr === undefined) {
      cidr = network.cidr ? parseCidr(network.cidr) : null;
      this.cidrs.set(network.id, cidr);
    }
    return cidr;
  }

  /** The LAG that lists the device's port as a member. */
  lagOfPort(device: Device, port: string): Lag | undefined {
    const p = this.topo.findPort({ device: device.id, port });
    return p === undefined ? undefined : this.topo.lagOfPort(p);
  }

  /** The far end of the cable on a device's port (by name): device, port name and cable. */
  peerOf(device: Device, port: string): PeerEnd | undefined {
    return this.peerOfIndex(this.topo.findPort({ device: device.id, port }));
  }

  /** The same for the port at position `i` of `device.ports`, without a search by name. */
  peerAt(device: Device, i: number): PeerEnd | undefined {
    return this.peerOfIndex(portAt(this.topo, device, i));
  }

  private peerOfIndex(p: PortIndex | undefined): PeerEnd | undefined {
    const link = p === undefined ? undefined : this.topo.linkOf(p);
    if (!link) return undefined;
    const far = link.otherEnd(p!);
    return { device: this.topo.deviceOf(far), port: this.topo.portOf(far).name, cable: link.cable };
  }
}

/** The far end of a cable, seen from one of its ports. */
export interface PeerEnd {
  device: Device;
  port: string;
  cable: Cable;
}

/** "10, 50-52, 60" style lists: ascending, ranges of 3 or more joined with a dash. */
export function vlanRanges(vlans: readonly number[], separator: string): string {
  const sorted = ascendingUnique(vlans);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}-${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(separator);
}

/** The numbers ascending without repeats; the list itself when it already is (the usual case). */
export function ascendingUnique(values: readonly number[]): readonly number[] {
  let ascending = true;
  for (let i = 1; i < values.length && ascending; i++) ascending = values[i]! > values[i - 1]!;
  return ascending ? values : [...new Set(values)].sort((a, b) => a - b);
}

/** An address with the prefix length of its network: "10.10.60.11" on 10.10.60.0/24 -> /24. */
export function withPrefix(address: string, cidr: Cidr): string {
  const slash = address.indexOf('/');
  return slash < 0 ? `${address.trim()}/${cidr.prefix}` : address.trim();
}

/** The first number in a port name: Ethernet49/1 -> 49, swp12 -> 12. */
export function portNumber(name: string): number | undefined {
  const match = /\d+/.exec(name);
  return match ? Number(match[0]) : undefined;
}

/**
 * Natural order for port names: digit runs by value (swp2 before swp10, Ethernet1/2 before
 * Ethernet1/10), other characters by code, ties by plain comparison. Written out rather than
 * an Intl.Collator, which cost 150 ns a comparison and switch plans make thousands.
 */
export function comparePorts(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      // Two digit runs: the longer number (without leading zeros) is larger, else digit by digit.
      let endA = i;
      let endB = j;
      while (endA < a.length && isDigit(a.charCodeAt(endA))) endA++;
      while (endB < b.length && isDigit(b.charCodeAt(endB))) endB++;
      let startA = i;
      let startB = j;
      while (startA < endA - 1 && a.charCodeAt(startA) === 48) startA++;
      while (startB < endB - 1 && b.charCodeAt(startB) === 48) startB++;
      const length = endA - startA - (endB - startB);
      if (length !== 0) return length;
      for (let k = 0; k < endA - startA; k++) {
        const d = a.charCodeAt(startA + k) - b.charCodeAt(startB + k);
        if (d !== 0) return d;
      }
      i = endA;
      j = endB;
    } else {
      if (ca !== cb) return ca - cb;
      i++;
      j++;
    }
  }
  const rest = a.length - i - (b.length - j);
  return rest !== 0 ? rest : a < b ? -1 : a > b ? 1 : 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An EOS VLAN name: a word of letters, digits, _ and - (spaces become _), at most 32. */
export function vlanName(name: string): string {
  const word = name.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '');
  return (word || 'VLAN').slice(0, 32);
}
