import type { Cable, Design, Device, Lag, MlagPair, Network } from '../model';
import { isRfc1035Label } from '../model/hostname';
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

  private readonly checkedCables = new Set<Cable>();

  /** A cable's label, checked once however many files print it. */
  cableLabel(cable: Cable): string {
    const label = cable.label ?? '';
    if (!this.checkedCables.has(cable)) {
      this.checkedCables.add(cable);
      this.text(label, { device: `cable ${cable.id}`, field: 'label' }, 'label');
    }
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

/** Lookups the generators share; built once per generation. */
export class DesignIndex {
  readonly devices = new Map<string, Device>();
  readonly networks = new Map<string, Network>();
  readonly networkOrder = new Map<string, number>();
  readonly lags = new Map<string, Lag>();
  readonly lagsOfDevice = new Map<string, Lag[]>();
  /** Per device id and port name: the cable there and its far end. */
  private readonly ends = new Map<
    string,
    Map<string, { device: Device; port: string; cable: Cable }>
  >();
  /** The MLAG pair each switch belongs to. */
  readonly pairOf = new Map<string, MlagPair>();
  readonly cidrs = new Map<string, Cidr | null>();
  /** Every VLAN id of the design's networks, ascending. */
  readonly vlans: number[];
  /** Per VLAN id: the largest MTU of a network on it, and the first such network's name. */
  readonly vlanMtu = new Map<number, number>();
  readonly vlanName = new Map<number, string>();

  constructor(readonly design: Design) {
    for (const d of design.devices) this.devices.set(d.id, d);
    design.networks.forEach((n, i) => {
      this.networks.set(n.id, n);
      this.networkOrder.set(n.id, i);
    });
    for (const lag of design.lags) {
      this.lags.set(lag.id, lag);
      for (const { device } of lag.members) {
        const list = this.lagsOfDevice.get(device);
        if (!list) this.lagsOfDevice.set(device, [lag]);
        else if (!list.includes(lag)) list.push(lag);
      }
    }
    for (const c of design.cables) {
      this.addEnd(c.a.device, c.a.port, c.b.device, c.b.port, c);
      this.addEnd(c.b.device, c.b.port, c.a.device, c.a.port, c);
    }
    for (const pair of design.mlagPairs)
      for (const id of pair.switches) if (!this.pairOf.has(id)) this.pairOf.set(id, pair);
    const vlans = new Set<number>();
    for (const n of design.networks)
      if (n.vlan !== undefined) {
        vlans.add(n.vlan);
        this.vlanMtu.set(n.vlan, Math.max(this.vlanMtu.get(n.vlan) ?? 0, n.mtu));
        if (!this.vlanName.has(n.vlan)) this.vlanName.set(n.vlan, n.name);
      }
    this.vlans = [...vlans].sort((a, b) => a - b);
  }

  hostname(id: string): string {
    return this.devices.get(id)?.hostname ?? id;
  }

  cidr(network: Network): Cidr | null {
    let cidr = this.cidrs.get(network.id);
    if (cidr === undefined) {
      cidr = network.cidr ? parseCidr(network.cidr) : null;
      this.cidrs.set(network.id, cidr);
    }
    return cidr;
  }

  private addEnd(device: string, port: string, farId: string, farPort: string, cable: Cable) {
    const far = this.devices.get(farId);
    if (!far) return;
    let ports = this.ends.get(device);
    if (!ports) this.ends.set(device, (ports = new Map()));
    if (!ports.has(port)) ports.set(port, { device: far, port: farPort, cable });
  }

  /** The far end of the cable on a port: device and port name, or undefined. */
  peerOf(device: string, port: string): { device: Device; port: string; cable: Cable } | undefined {
    return this.ends.get(device)?.get(port);
  }
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

/** Natural order for port names (swp2 before swp10), ties by plain comparison. */
const NATURAL = new Intl.Collator('en', { numeric: true });
export function comparePorts(a: string, b: string): number {
  return NATURAL.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
