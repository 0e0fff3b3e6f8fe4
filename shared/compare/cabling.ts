import { z } from 'zod';
import type { Cable, Design, Device, Port } from '../model';
import type { LldpNeighbor } from './lldp';
import { hostKey, portNameKey } from './names';

/**
 * The as-built check: what the devices say about their neighbours, against the cables of the
 * design. Each designed cable gets one result; each observed link no designed cable explains
 * gets one more. A link both its ends report counts once.
 */

export const CablingStatus = z.enum([
  'ok',
  'missing',
  'wrong-peer',
  'wrong-port',
  'swapped',
  'unexpected',
  'unknown-peer',
  'unchecked',
]);
export type CablingStatus = z.infer<typeof CablingStatus>;

/** One end of a link: the device's hostname (and id when it is in the design) and port. */
export const CablingEnd = z.strictObject({
  device: z.string().optional().describe('id of the design device; absent for a stranger'),
  hostname: z.string(),
  port: z.string(),
});
export type CablingEnd = z.infer<typeof CablingEnd>;

export const CablingResult = z.strictObject({
  status: CablingStatus,
  cable: z.string().optional().describe('id of the designed cable'),
  label: z.string().optional().describe('label of the designed cable'),
  a: CablingEnd.describe('designed end A, or the reporting end of an observed link'),
  b: CablingEnd.describe('designed end B, or the far end of an observed link'),
  seen: z
    .array(z.strictObject({ from: CablingEnd, to: CablingEnd }))
    .describe('the neighbours reported on the designed ports'),
  partner: z.string().optional().describe('the cable a swapped cable traded ports with'),
  message: z.string(),
});
export type CablingResult = z.infer<typeof CablingResult>;

/** The neighbours one device reported, with the name the user gave that device. */
export interface LldpReport {
  device: string;
  source: string;
  neighbors: LldpNeighbor[];
}

export type CablingCheck =
  { ok: true; results: CablingResult[] } | { ok: false; problems: string[] };

/**
 * One port of one design device. The index hands out one End per port, so the check keys its
 * maps by the End itself and compares Ends by identity instead of building `device#port` strings
 * for every lookup (thousands of files name tens of thousands of ports).
 */
interface End {
  device: Device;
  port: string;
  /** How results name this end; built once and shared by every result that mentions it. */
  named: CablingEnd;
  /** The design's role for this port; undefined when the device has no port of this name. */
  role: Port['role'] | undefined;
  /** A small number unique to this End, for link keys. */
  id: number;
}

/** What the index remembers about one device's ports. */
interface PortsOf {
  /** The design's ports by name (the first, should a name repeat). */
  byName: Map<string, Port>;
  /** Port names in a normalised form (portNameKey), worked out on the first name that needs it. */
  normalised?: Map<string, string>;
  /** The End of each port name asked for, as the design spells it. */
  ends: Map<string, End>;
  /** The End each name seen on the wire resolved to. */
  heard: Map<string, End>;
}

/**
 * Looks devices and their ports up by the keys of names.ts. Names seen on the wire repeat (every
 * server names the same two switches), so lookups are remembered; a device's normalised port
 * names are only worked out when a name does not match one of its ports as written.
 */
class DesignIndex {
  private readonly byHost = new Map<string, Device>();
  private readonly seenNames = new Map<string, Device | undefined>();
  private readonly portsOf = new Map<Device, PortsOf>();
  private endCount = 0;
  readonly byId = new Map<string, Device>();

  constructor(design: Design) {
    for (const device of design.devices) {
      this.byId.set(device.id, device);
      this.byHost.set(hostKey(device.hostname), device);
    }
    // An id that is nobody's hostname also names its device (`--device node-1`).
    for (const device of design.devices) {
      const key = hostKey(device.id);
      if (!this.byHost.has(key)) this.byHost.set(key, device);
    }
  }

  device(name: string): Device | undefined {
    if (this.seenNames.has(name)) return this.seenNames.get(name);
    const device = this.byHost.get(hostKey(name));
    this.seenNames.set(name, device);
    return device;
  }

  /** The End of a port named as the design names it (a cable's end, or a resolved name). */
  end(device: Device, port: string): End {
    const ports = this.ports(device);
    let end = ports.ends.get(port);
    if (!end) {
      end = {
        device,
        port,
        named: { device: device.id, hostname: device.hostname, port },
        role: ports.byName.get(port)?.role,
        id: this.endCount++,
      };
      ports.ends.set(port, end);
    }
    return end;
  }

  /** The End of a cable end of the design; undefined when its device is not in the design. */
  endOf(ref: { device: string; port: string }): End | undefined {
    const device = this.byId.get(ref.device);
    return device && this.end(device, ref.port);
  }

  /**
   * The End a port name seen on the wire means: the design's spelling of that port of `device`
   * (`Et1` for a design's `Ethernet1`), or the name as seen when the device has no such port.
   */
  heard(device: Device, name: string): End {
    const ports = this.ports(device);
    let end = ports.heard.get(name);
    if (!end) {
      end = this.end(device, this.designName(device, ports, name));
      ports.heard.set(name, end);
    }
    return end;
  }

  private designName(device: Device, ports: PortsOf, name: string): string {
    if (ports.byName.has(name)) return name;
    if (!ports.normalised) {
      ports.normalised = new Map(device.ports.map((p) => [portNameKey(p.name), p.name]));
    }
    return ports.normalised.get(portNameKey(name)) ?? name;
  }

  private ports(device: Device): PortsOf {
    let ports = this.portsOf.get(device);
    if (!ports) {
      const byName = new Map<string, Port>();
      for (const port of device.ports) if (!byName.has(port.name)) byName.set(port.name, port);
      ports = { byName, ends: new Map(), heard: new Map() };
      this.portsOf.set(device, ports);
    }
    return ports;
  }
}

function link(adjacency: Map<End, End[]>, from: End, to: End): void {
  const list = adjacency.get(from);
  if (!list) adjacency.set(from, [to]);
  else if (!list.includes(to)) list.push(to);
}

/**
 * Observed links already accounted for: each a pair of ends (either way round) or an end and a
 * stranger's system name. A pair is one number, so no key string is built per link.
 */
class LinkSet {
  private readonly pairs = new Set<number>();
  private readonly strangers = new Map<string, number>();

  /** Adds the link; false when it was already there. */
  add(end: End, other: End | string): boolean {
    const key = this.key(end, other);
    if (this.pairs.has(key)) return false;
    this.pairs.add(key);
    return true;
  }

  private key(end: End, other: End | string): number {
    // Strangers are numbered after every End could be (2^24 ends is far beyond any design).
    let id: number;
    if (typeof other === 'string') {
      let stranger = this.strangers.get(other);
      if (stranger === undefined) {
        stranger = END_LIMIT + this.strangers.size;
        this.strangers.set(other, stranger);
      }
      id = stranger;
    } else id = other.id;
    const low = Math.min(end.id, id);
    const high = Math.max(end.id, id);
    return low * PAIR_SPAN + high;
  }
}

// A pair key is low * PAIR_SPAN + high: below 2^50, so exact in a double.
const END_LIMIT = 2 ** 24;
const PAIR_SPAN = 2 ** 26;

/**
 * Ports a device's own LLDP report never covers, and why: a BMC is a small computer with a NIC of
 * its own, which the host's LLDP agent (lldpd on the node) does not see; a serial console speaks
 * no LLDP. Their cables are checked from the other end's report only.
 */
const HIDDEN_ROLES: ReadonlyMap<string, (host: string) => string> = new Map([
  [
    'bmc',
    (host: string) => `a BMC port, with a NIC of its own that ${host}'s LLDP agent does not see`,
  ],
  ['console', () => 'a serial console port, which carries no LLDP'],
]);
const show = (end: CablingEnd) => `${end.hostname}:${end.port}`;

/**
 * Why neither end of a cable checks it: a device that gave no report, or a port its own report
 * cannot cover (a BMC or console port with no neighbour).
 */
function whyUnchecked(a: End, b: End, reported: ReadonlySet<Device>): string {
  const silent = [a, b].filter((end) => !reported.has(end.device));
  const reasons: string[] = [];
  if (silent.length > 0)
    reasons.push(
      `no LLDP report from ${silent.map((end) => end.device.hostname).join(' or ')} was given`,
    );
  for (const end of [a, b]) {
    const hidden = end.role !== undefined ? HIDDEN_ROLES.get(end.role) : undefined;
    if (reported.has(end.device) && hidden)
      reasons.push(`${show(end.named)} is ${hidden(end.device.hostname)}`);
  }
  return reasons.join('; ');
}

/** One neighbour as seen from a port of a reported device; `peer` is unset for strangers. */
interface Sighting {
  from: End;
  peer?: End;
  /** The neighbour as results name it: the peer's end, or the stranger as it announced itself. */
  to: CablingEnd;
}

type SideStatus = 'ok' | 'missing' | 'wrong-port' | 'wrong-peer' | 'unknown-peer';
const SEVERITY: SideStatus[] = ['wrong-port', 'wrong-peer', 'unknown-peer', 'missing'];

/**
 * Of the neighbours seen on a designed end, the one that tells most about its cable: the far end
 * itself, else another port of the far device, else another design device, else a stranger (the
 * first of the closest, in the order reported).
 */
function closest(list: Sighting[], far: End): Sighting | undefined {
  let best: Sighting | undefined;
  let bestRank = 4;
  for (const s of list) {
    const rank = s.peer === far ? 0 : s.peer?.device === far.device ? 1 : s.peer ? 2 : 3;
    if (rank < bestRank) {
      best = s;
      bestRank = rank;
    }
  }
  return best;
}

export function checkCabling(design: Design, reports: LldpReport[]): CablingCheck {
  const index = new DesignIndex(design);
  const problems: string[] = [];
  const reported = new Set<Device>();
  const sightings = new Map<End, Sighting[]>(); // by the reporting end
  const adjacency = new Map<End, End[]>(); // observed links between design ports
  // Sightings on ports the design does not have, per device: often a designed port the system
  // names differently (a kernel's predictable name such as ens1f0np0 for the design's ens1f0).
  const offDesign = new Map<Device, Sighting[]>();

  for (const report of reports) {
    const device = index.device(report.device);
    if (!device) {
      problems.push(
        `${report.source}: no device "${report.device}" in the design (name the file after a hostname, or use --device)`,
      );
      continue;
    }
    if (reported.has(device)) {
      problems.push(`${report.source}: ${device.hostname} is reported twice`);
      continue;
    }
    reported.add(device);
    for (const n of report.neighbors) {
      const from = index.heard(device, n.localPort);
      const peerDevice = index.device(n.system);
      const peer = peerDevice ? index.heard(peerDevice, n.port) : undefined;
      const sighting: Sighting = {
        from,
        peer,
        to: peer ? peer.named : { hostname: n.system || '(no name)', port: n.port },
      };
      const list = sightings.get(from);
      if (list) list.push(sighting);
      else sightings.set(from, [sighting]);
      if (from.role === undefined) {
        const strays = offDesign.get(device);
        if (strays) strays.push(sighting);
        else offDesign.set(device, [sighting]);
      }
      if (peer) {
        link(adjacency, from, peer);
        link(adjacency, peer, from);
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const cableAt = new Map<End, Cable>(); // filled in the pass over the cables, read after it
  const explained = new LinkSet();
  const results: CablingResult[] = [];
  const byCable = new Map<string, CablingResult>();

  for (const cable of design.cables) {
    const a = index.endOf(cable.a);
    const b = index.endOf(cable.b);
    if (a) cableAt.set(a, cable);
    if (b) cableAt.set(b, cable);
    if (!a || !b) continue; // a dangling reference is a load problem, not ours
    const title = `${cable.label ?? cable.id} ${show(a.named)} - ${show(b.named)}`;
    const sides: Array<{ status: SideStatus; near: End; far: End; seen?: Sighting }> = [];
    const seen: CablingResult['seen'] = [];
    for (const [near, far] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!reported.has(near.device)) continue;
      const list = sightings.get(near) ?? [];
      if (list.length === 0 && near.role !== undefined && HIDDEN_ROLES.has(near.role)) continue;
      for (const s of list) {
        seen.push({ from: s.from.named, to: s.to });
        explained.add(near, s.peer ?? s.to.hostname);
      }
      const match = closest(list, far);
      let status: SideStatus;
      if (!match) status = 'missing';
      else if (!match.peer) status = 'unknown-peer';
      else if (match.peer.device !== far.device) status = 'wrong-peer';
      else status = match.peer === far ? 'ok' : 'wrong-port';
      sides.push({ status, near, far, seen: match });
    }
    let status: CablingStatus;
    let message: string;
    if (sides.length === 0) {
      status = 'unchecked';
      message = `${title}: unchecked (${whyUnchecked(a, b, reported)})`;
    } else if (
      sides.every((s) => s.status === 'ok' || s.status === 'missing') &&
      sides.some((s) => s.status === 'ok')
    ) {
      const quiet = sides.find((s) => s.status === 'missing');
      status = 'ok';
      message = quiet
        ? `${title}: ok (seen from ${sides.find((s) => s.status === 'ok')!.near.device.hostname} only)`
        : `${title}: ok`;
    } else {
      const worst = SEVERITY.map((status) => sides.find((s) => s.status === status)).find(Boolean)!;
      const near = show(worst.near.named);
      const far = show(worst.far.named);
      const peer = show(worst.seen?.to ?? b.named);
      // The same link under another port name: say so, since the fix may then be a rename.
      const strayNear = (offDesign.get(worst.near.device) ?? []).find(
        (s) => s.peer === worst.far && renameHint(worst.near, s.from.port) !== '',
      );
      const seenPeer = worst.seen?.peer;
      const missingHint = strayNear ? renameHint(worst.near, strayNear.from.port) : '';
      const portHint =
        seenPeer && seenPeer.device === worst.far.device
          ? renameHint(worst.far, seenPeer.port)
          : '';
      const messages: Record<Exclude<SideStatus, 'ok'>, string> = {
        missing: `${title}: missing (no neighbour on ${near}${missingHint})`,
        'wrong-port': `${title}: wrong port (${near} reaches ${peer}, not ${far}${portHint})`,
        'wrong-peer': `${title}: wrong peer (${near} reaches ${peer}, not ${far})`,
        'unknown-peer': `${title}: unknown peer (${near} reaches ${peer}, which is not in the design)`,
      };
      status = worst.status as CablingStatus;
      message = messages[worst.status as Exclude<SideStatus, 'ok'>];
    }
    const result: CablingResult = {
      cable: cable.id,
      label: cable.label,
      a: a.named,
      b: b.named,
      status,
      seen,
      message,
    };
    results.push(result);
    byCable.set(cable.id, result);
  }

  markSwaps(design, index, byCable, adjacency, cableAt);

  // Links no designed cable explains: each once, whichever end reported it.
  for (const [from, list] of sightings) {
    for (const s of list) {
      if (!explained.add(from, s.peer ?? s.to.hostname)) continue;
      const cableHere = s.peer && cableAt.get(s.peer);
      if (s.peer) {
        results.push({
          status: 'unexpected',
          a: from.named,
          b: s.to,
          cable: cableHere?.id,
          label: cableHere?.label,
          seen: [{ from: from.named, to: s.to }],
          message: `${show(from.named)} - ${show(s.to)}: unexpected (no cable is designed on ${show(from.named)}${
            cableHere ? `; ${show(s.to)} is designed for ${cableHere.label ?? cableHere.id}` : ''
          }${strayHint(s, cableHere)})`,
        });
      } else {
        results.push({
          status: 'unknown-peer',
          a: from.named,
          b: s.to,
          seen: [{ from: from.named, to: s.to }],
          message: `${show(from.named)} - ${show(s.to)}: unknown peer (${s.to.hostname} is not in the design)`,
        });
      }
    }
  }
  return { ok: true, results };
}

/**
 * When a server reports a designed link on a port the design lacks, and that port's name extends
 * the designed one (`ens1f0np0` for `ens1f0`, `eno12399np0` for `eno1`), the OS most likely names
 * the designed NIC differently: the fix is then a rename in the design, not a re-cabling. Any
 * other name (another NIC, a switch port, a port description) gets no such hint.
 */
function renameHint(designed: { device: Device; port: string }, seenAs: string): string {
  const { device, port } = designed;
  if (device.role !== 'server' || seenAs === port || !seenAs.startsWith(port)) return '';
  if (device.ports.some((p) => p.name === seenAs)) return '';
  return `; ${device.hostname} has no port ${seenAs} in the design: if that is ${port} under the name the system gives it, rename the port in the design, else re-cable to ${port}`;
}

/**
 * A link seen on a port the design lacks, whose far end is designed to meet the same device on
 * another port: perhaps that port under another name.
 */
function strayHint(s: Sighting, cableHere: Cable | undefined): string {
  if (!cableHere || !s.peer) return '';
  const peerIsA = cableHere.a.device === s.peer.device.id && cableHere.a.port === s.peer.port;
  const designed = peerIsA ? cableHere.b : cableHere.a;
  if (designed.device !== s.from.device.id) return '';
  return renameHint({ device: s.from.device, port: designed.port }, s.from.port);
}

/**
 * Two cables that share a device and whose far ends were found crosswise (X:p1 reaches the far
 * end of the other cable and X:p2 the far end of this one) are one mistake, not two: swapped.
 */
function markSwaps(
  design: Design,
  index: DesignIndex,
  byCable: Map<string, CablingResult>,
  adjacency: Map<End, End[]>,
  cableAt: Map<End, Cable>,
) {
  const wrong = new Set<CablingResult['status']>(['wrong-port', 'wrong-peer']);
  for (const cable of design.cables) {
    const result = byCable.get(cable.id);
    if (!result || !wrong.has(result.status)) continue;
    const a = index.endOf(cable.a)!;
    const b = index.endOf(cable.b)!;
    for (const [near, far] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const other of adjacency.get(near) ?? []) {
        const partner = cableAt.get(other);
        if (!partner || partner.id === cable.id) continue;
        const partnerNear = index.endOf(index.endOf(partner.a) === other ? partner.b : partner.a);
        if (partnerNear?.device !== near.device) continue;
        if (!adjacency.get(partnerNear)?.includes(far)) continue;
        const partnerResult = byCable.get(partner.id);
        if (
          !partnerResult ||
          !(wrong.has(partnerResult.status) || partnerResult.status === 'swapped')
        )
          continue;
        for (const [r, c, p] of [
          [result, cable, partner],
          [partnerResult, partner, cable],
        ] as const) {
          r.status = 'swapped';
          r.partner = p.id;
          r.message = `${c.label ?? c.id} ${show(r.a)} - ${show(r.b)}: swapped with ${p.label ?? p.id} at ${near.device.id === c.a.device ? r.a.hostname : r.b.hostname}`;
        }
      }
    }
  }
}

export const MISMATCHES: ReadonlySet<CablingStatus> = new Set([
  'missing',
  'wrong-peer',
  'wrong-port',
  'swapped',
  'unexpected',
  'unknown-peer',
]);

/** How many results of each class, in the order of CablingStatus. */
export function countResults(results: CablingResult[]): Record<CablingStatus, number> {
  const counts = Object.fromEntries(CablingStatus.options.map((s) => [s, 0])) as Record<
    CablingStatus,
    number
  >;
  for (const r of results) counts[r.status]++;
  return counts;
}
