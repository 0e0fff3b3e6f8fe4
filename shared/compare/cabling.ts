import { z } from 'zod';
import type { Cable, Design, Device } from '../model';
import type { LldpNeighbor } from './lldp';
import { hostKey, portKey } from './names';

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

interface End {
  device: Device;
  port: string;
}

/**
 * Looks devices and their ports up by the keys of names.ts. Names seen on the wire repeat (every
 * server names the same two switches), so lookups are remembered; a device's normalised port
 * names are only worked out when a name does not match one of its ports as written.
 */
class DesignIndex {
  private readonly byHost = new Map<string, Device>();
  private readonly seenNames = new Map<string, Device | undefined>();
  private readonly normalised = new Map<string, Map<string, string>>();
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

  /** A BMC or console port: the device's own LLDP agent neither sees nor speaks on it. */
  hiddenFromHost(device: Device, port: string): boolean {
    const role = device.ports.find((p) => p.name === port)?.role;
    return role !== undefined && HIDDEN_ROLES.has(role);
  }

  /** Whether the design gives `device` a port of this name (after `port()` normalised it). */
  hasPort(device: Device, name: string): boolean {
    return device.ports.some((p) => p.name === name);
  }

  /** The design's spelling of a port of `device`, or the name as seen when it has no such port. */
  port(device: Device, name: string): string {
    if (this.hasPort(device, name)) return name;
    let ports = this.normalised.get(device.id);
    if (!ports) {
      ports = new Map(device.ports.map((p) => [portKey(p.name), p.name]));
      this.normalised.set(device.id, ports);
    }
    return ports.get(portKey(name)) ?? name;
  }
}

function link(adjacency: Map<string, string[]>, from: string, to: string): void {
  const list = adjacency.get(from);
  if (!list) adjacency.set(from, [to]);
  else if (!list.includes(to)) list.push(to);
}

const HIDDEN_ROLES: ReadonlySet<string> = new Set(['bmc', 'console']);
const endKey = (deviceId: string, port: string) => `${deviceId}#${port}`;
const linkKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
const named = (end: End): CablingEnd => ({
  device: end.device.id,
  hostname: end.device.hostname,
  port: end.port,
});
const show = (end: CablingEnd) => `${end.hostname}:${end.port}`;

/** One neighbour as seen from a port of a reported device; `peer` is unset for strangers. */
interface Sighting {
  from: End;
  peer?: End;
  stranger: CablingEnd;
}

type SideStatus = 'ok' | 'missing' | 'wrong-port' | 'wrong-peer' | 'unknown-peer';
const SEVERITY: SideStatus[] = ['wrong-port', 'wrong-peer', 'unknown-peer', 'missing'];

export function checkCabling(design: Design, reports: LldpReport[]): CablingCheck {
  const index = new DesignIndex(design);
  const problems: string[] = [];
  const reported = new Set<string>();
  const sightings = new Map<string, Sighting[]>(); // by the reporting end
  const adjacency = new Map<string, string[]>(); // observed links between design ports
  // Sightings on ports the design does not have, per device: often a designed port the system
  // names differently (a kernel's predictable name such as ens1f0np0 for the design's ens1f0).
  const offDesign = new Map<string, Sighting[]>();

  for (const report of reports) {
    const device = index.device(report.device);
    if (!device) {
      problems.push(
        `${report.source}: no device "${report.device}" in the design (name the file after a hostname, or use --device)`,
      );
      continue;
    }
    if (reported.has(device.id)) {
      problems.push(`${report.source}: ${device.hostname} is reported twice`);
      continue;
    }
    reported.add(device.id);
    for (const n of report.neighbors) {
      const from: End = { device, port: index.port(device, n.localPort) };
      const peerDevice = index.device(n.system);
      const peer = peerDevice
        ? { device: peerDevice, port: index.port(peerDevice, n.port) }
        : undefined;
      const key = endKey(device.id, from.port);
      const list = sightings.get(key) ?? [];
      const sighting = {
        from,
        peer,
        stranger: { hostname: n.system || '(no name)', port: n.port },
      };
      list.push(sighting);
      sightings.set(key, list);
      if (!index.hasPort(device, from.port)) {
        const strays = offDesign.get(device.id) ?? [];
        strays.push(sighting);
        offDesign.set(device.id, strays);
      }
      if (peer) {
        const peerKey = endKey(peer.device.id, peer.port);
        link(adjacency, key, peerKey);
        link(adjacency, peerKey, key);
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const cableAt = new Map<string, Cable>();
  for (const cable of design.cables) {
    cableAt.set(endKey(cable.a.device, cable.a.port), cable);
    cableAt.set(endKey(cable.b.device, cable.b.port), cable);
  }
  const explained = new Set<string>();
  const results: CablingResult[] = [];
  const byCable = new Map<string, CablingResult>();

  for (const cable of design.cables) {
    const deviceA = index.byId.get(cable.a.device);
    const deviceB = index.byId.get(cable.b.device);
    if (!deviceA || !deviceB) continue; // a dangling reference is a load problem, not ours
    const a: End = { device: deviceA, port: cable.a.port };
    const b: End = { device: deviceB, port: cable.b.port };
    const base = { cable: cable.id, label: cable.label, a: named(a), b: named(b) };
    const title = `${cable.label ?? cable.id} ${show(base.a)} - ${show(base.b)}`;
    const sides: Array<{ status: SideStatus; near: End; far: End; seen?: Sighting }> = [];
    const seen: CablingResult['seen'] = [];
    for (const [near, far] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!reported.has(near.device.id)) continue;
      const list = sightings.get(endKey(near.device.id, near.port)) ?? [];
      if (list.length === 0 && index.hiddenFromHost(near.device, near.port)) continue;
      for (const s of list) {
        seen.push({ from: named(s.from), to: s.peer ? named(s.peer) : s.stranger });
        if (s.peer)
          explained.add(
            linkKey(endKey(near.device.id, near.port), endKey(s.peer.device.id, s.peer.port)),
          );
        else explained.add(`${endKey(near.device.id, near.port)}|?${s.stranger.hostname}`);
      }
      const match =
        list.find((s) => s.peer?.device === far.device && s.peer.port === far.port) ??
        list.find((s) => s.peer?.device === far.device) ??
        list.find((s) => s.peer !== undefined) ??
        list[0];
      let status: SideStatus;
      if (!match) status = 'missing';
      else if (!match.peer) status = 'unknown-peer';
      else if (match.peer.device !== far.device) status = 'wrong-peer';
      else status = match.peer.port === far.port ? 'ok' : 'wrong-port';
      sides.push({ status, near, far, seen: match });
    }
    let result: CablingResult;
    if (sides.length === 0) {
      result = {
        ...base,
        status: 'unchecked',
        seen,
        message: `${title}: unchecked (no LLDP report covers ${deviceA.hostname} or ${deviceB.hostname} here)`,
      };
    } else if (
      sides.every((s) => s.status === 'ok' || s.status === 'missing') &&
      sides.some((s) => s.status === 'ok')
    ) {
      const quiet = sides.find((s) => s.status === 'missing');
      result = {
        ...base,
        status: 'ok',
        seen,
        message: quiet
          ? `${title}: ok (seen from ${sides.find((s) => s.status === 'ok')!.near.device.hostname} only)`
          : `${title}: ok`,
      };
    } else {
      const worst = SEVERITY.map((status) => sides.find((s) => s.status === status)).find(Boolean)!;
      const near = show(named(worst.near));
      const far = show(named(worst.far));
      const peer = worst.seen?.peer
        ? show(named(worst.seen.peer))
        : show(worst.seen?.stranger ?? base.b);
      // The same link under another port name: say so, since the fix may then be a rename.
      const strayNear = (offDesign.get(worst.near.device.id) ?? []).find(
        (s) =>
          s.peer?.device === worst.far.device &&
          s.peer.port === worst.far.port &&
          renameHint(worst.near, s.from.port) !== '',
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
      result = {
        ...base,
        status: worst.status as CablingStatus,
        seen,
        message: messages[worst.status as Exclude<SideStatus, 'ok'>],
      };
    }
    results.push(result);
    byCable.set(cable.id, result);
  }

  markSwaps(design, byCable, adjacency, cableAt);

  // Links no designed cable explains: each once, whichever end reported it.
  for (const [key, list] of sightings) {
    for (const s of list) {
      const link = s.peer
        ? linkKey(key, endKey(s.peer.device.id, s.peer.port))
        : `${key}|?${s.stranger.hostname}`;
      if (explained.has(link)) continue;
      explained.add(link);
      const from = named(s.from);
      const cableHere = cableAt.get(endKey(s.peer?.device.id ?? '', s.peer?.port ?? ''));
      if (s.peer) {
        const to = named(s.peer);
        results.push({
          status: 'unexpected',
          a: from,
          b: to,
          cable: cableHere?.id,
          label: cableHere?.label,
          seen: [{ from, to }],
          message: `${show(from)} - ${show(to)}: unexpected (no cable is designed on ${show(from)}${
            cableHere ? `; ${show(to)} is designed for ${cableHere.label ?? cableHere.id}` : ''
          }${strayHint(s, cableHere)})`,
        });
      } else {
        results.push({
          status: 'unknown-peer',
          a: from,
          b: s.stranger,
          seen: [{ from, to: s.stranger }],
          message: `${show(from)} - ${show(s.stranger)}: unknown peer (${s.stranger.hostname} is not in the design)`,
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
function renameHint(designed: End, seenAs: string): string {
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
  const peerKey = endKey(s.peer.device.id, s.peer.port);
  const designed =
    endKey(cableHere.a.device, cableHere.a.port) === peerKey ? cableHere.b : cableHere.a;
  if (designed.device !== s.from.device.id) return '';
  return renameHint({ device: s.from.device, port: designed.port }, s.from.port);
}

/**
 * Two cables that share a device and whose far ends were found crosswise (X:p1 reaches the far
 * end of the other cable and X:p2 the far end of this one) are one mistake, not two: swapped.
 */
function markSwaps(
  design: Design,
  byCable: Map<string, CablingResult>,
  adjacency: Map<string, string[]>,
  cableAt: Map<string, Cable>,
) {
  const wrong = new Set<CablingResult['status']>(['wrong-port', 'wrong-peer']);
  for (const cable of design.cables) {
    const result = byCable.get(cable.id);
    if (!result || !wrong.has(result.status)) continue;
    for (const [near, far] of [
      [cable.a, cable.b],
      [cable.b, cable.a],
    ] as const) {
      const farKey = endKey(far.device, far.port);
      for (const other of adjacency.get(endKey(near.device, near.port)) ?? []) {
        const partner = cableAt.get(other);
        if (!partner || partner.id === cable.id) continue;
        const partnerNear =
          endKey(partner.a.device, partner.a.port) === other ? partner.b : partner.a;
        if (partnerNear.device !== near.device) continue;
        if (!adjacency.get(endKey(partnerNear.device, partnerNear.port))?.includes(farKey))
          continue;
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
          r.message = `${c.label ?? c.id} ${show(r.a)} - ${show(r.b)}: swapped with ${p.label ?? p.id} at ${near.device === c.a.device ? r.a.hostname : r.b.hostname}`;
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
