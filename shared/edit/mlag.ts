import type { Catalog } from '../catalog';
import type { Design, Device, Port, PortRef } from '../model';
import { portKey } from '../model/ids';
import { compareNatural } from '../model/names';
import { maxOf, minOf } from '../model/numbers';
import type { CablePreferences } from './connect';
import {
  DEFAULT_CABLE_PREFERENCES,
  connectionProblem,
  defaultMedia,
  mediaOptions,
} from './connect';
import { idsOf, nextId } from './naming';
import { addCable, createMlagPair } from './ops';

/**
 * Guided MLAG: a pair of switches with its peer link (the cables between them and the LAG over
 * those cables, marked as the pair's peer link), proposed from the ports still free and made in
 * one edit.
 */

/** A port nothing uses yet: a data port without a cable and outside every LAG. */
export function freeDataPorts(design: Design, device: Device): Port[] {
  const used = new Set<string>();
  for (const c of design.cables)
    for (const end of [c.a, c.b]) if (end.device === device.id) used.add(end.port);
  for (const l of design.lags)
    for (const m of l.members) if (m.device === device.id) used.add(m.port);
  return device.ports.filter((p) => p.role === 'service' && !used.has(p.name));
}

const topSpeed = (p: Port) => maxOf(p.speeds);

/** One cable of the peer link: a port on each switch. */
export type PeerLinkLeg = [PortRef, PortRef];

export interface PeerLinkProposal {
  /** The two switches, in the order the pair lists them. */
  switches: [Device, Device];
  /** The ports each switch could use, fastest first (what the user may pick from). */
  candidates: [Port[], Port[]];
  /** The legs proposed: two of the fastest free ports both switches share, or none. */
  legs: PeerLinkLeg[];
  /** Why nothing is proposed (the user then picks the ports), or null. */
  problem: string | null;
}

/**
 * Two of the fastest free ports both switches have, the same port names on both where possible
 * and the last such ports (vendors' peer-link examples use the uplink-class ports at the end of
 * the faceplate, leaving the first ones for downlinks). One leg when only one fits; none, with
 * the reason, when the switches share no free speed.
 */
export function proposePeerLink(design: Design, a: string, b: string): PeerLinkProposal | null {
  const sa = design.devices.find((d) => d.id === a);
  const sb = design.devices.find((d) => d.id === b);
  if (!sa || !sb) return null;
  const byFastest = (ports: Port[]) =>
    [...ports].sort((x, y) => topSpeed(y) - topSpeed(x) || compareNatural(x.name, y.name));
  const freeA = byFastest(freeDataPorts(design, sa));
  const freeB = byFastest(freeDataPorts(design, sb));
  const proposal: PeerLinkProposal = {
    switches: [sa, sb],
    candidates: [freeA, freeB],
    legs: [],
    problem: null,
  };
  const speeds = [...new Set(freeA.map(topSpeed))].filter((s) =>
    freeB.some((p) => topSpeed(p) === s),
  );
  const speed =
    speeds.find(
      (s) =>
        freeA.filter((p) => topSpeed(p) === s).length >= 2 &&
        freeB.filter((p) => topSpeed(p) === s).length >= 2,
    ) ?? speeds[0];
  if (speed === undefined) {
    proposal.problem =
      freeA.length === 0 || freeB.length === 0
        ? `${(freeA.length === 0 ? sa : sb).hostname} has no free data port for a peer link`
        : `${sa.hostname} and ${sb.hostname} have no free ports of one speed: pick the peer-link ports`;
    return proposal;
  }
  const atSpeed = (ports: Port[]) =>
    ports.filter((p) => topSpeed(p) === speed).sort((x, y) => compareNatural(x.name, y.name));
  const portsA = atSpeed(freeA);
  const portsB = atSpeed(freeB);
  const namesB = new Set(portsB.map((p) => p.name));
  const shared = portsA.filter((p) => namesB.has(p.name)).map((p) => p.name);
  const count = Math.min(2, portsA.length, portsB.length);
  let pairs: Array<[string, string]>;
  if (shared.length >= count) {
    pairs = shared.slice(-count).map((n) => [n, n]);
  } else {
    const pickA = portsA.slice(-count).map((p) => p.name);
    const pickB = portsB.slice(-count).map((p) => p.name);
    pairs = pickA.map((n, i) => [n, pickB[i]!]);
  }
  proposal.legs = pairs.map(([pa, pb]) => [
    { device: sa.id, port: pa },
    { device: sb.id, port: pb },
  ]);
  return proposal;
}

export interface PeerLinkOptions {
  catalog: Catalog;
  prefs?: CablePreferences;
}

interface LegPlan {
  a: PortRef;
  b: PortRef;
  media: NonNullable<ReturnType<typeof defaultMedia>>;
}

/** The cables the legs need, or why they cannot be made; changes nothing. */
function planLegs(
  design: Design,
  switches: readonly [string, string],
  legs: PeerLinkLeg[],
  options: PeerLinkOptions,
): { plans: LegPlan[] } | { problem: string } {
  if (legs.length === 0) return { problem: 'pick at least one port on each switch' };
  const prefs = options.prefs ?? DEFAULT_CABLE_PREFERENCES;
  const seen = new Set<string>();
  const plans: LegPlan[] = [];
  const portOf = (ref: PortRef) =>
    design.devices.find((d) => d.id === ref.device)?.ports.find((p) => p.name === ref.port);
  for (const [a, b] of legs) {
    if ([a.device, b.device].sort().join() !== [...switches].sort().join())
      return { problem: 'each peer-link cable joins the two switches of the pair' };
    for (const end of [a, b]) {
      const key = portKey(end);
      if (seen.has(key)) return { problem: `port ${end.port} is picked twice` };
      seen.add(key);
      const lag = design.lags.find((l) =>
        l.members.some((m) => m.device === end.device && m.port === end.port),
      );
      if (lag) return { problem: `port ${end.port} is already in LAG ${lag.name}` };
    }
    const problem = connectionProblem(design, options.catalog, a, b);
    if (problem) return { problem };
    const portA = portOf(a)!;
    const portB = portOf(b)!;
    const media = defaultMedia(
      mediaOptions(options.catalog, portA, portB),
      portA,
      portB,
      prefs.defaultLengthM,
      prefs,
    );
    if (!media) return { problem: `no cable in the catalogue fits ${a.port} to ${b.port}` };
    plans.push({ a, b, media });
  }
  return { plans };
}

/** Cables the planned legs and bonds them into the pair's peer-link LAG. */
function applyPeerLink(
  design: Design,
  pairId: string,
  plans: LegPlan[],
  prefs: CablePreferences,
): string {
  const pair = design.mlagPairs.find((p) => p.id === pairId)!;
  for (const p of plans)
    addCable(design, p.a, p.b, p.media, prefs.defaultLengthM, { lengthEstimated: true });
  const mtus: number[] = [];
  for (const id of pair.switches) {
    const mtu = design.devices.find((d) => d.id === id)?.limits.maxMtu;
    if (mtu !== undefined) mtus.push(mtu);
  }
  const first = pair.switches[0];
  const members = plans.flatMap((p) => [{ ...p.a }, { ...p.b }]);
  const id = nextId(idsOf(design.lags), 'lag');
  design.lags.push({
    id,
    name: 'peerlink',
    // The first switch's ports, then the second's, as the pair lists them.
    members: [
      ...members.filter((m) => m.device === first),
      ...members.filter((m) => m.device !== first),
    ],
    mode: 'lacp',
    lacpRate: 'fast',
    // The peer link carries every VLAN of the MLAG LAGs (it takes their traffic when a leg
    // fails), at the largest MTU both switches allow.
    config: { mode: 'trunk', taggedVlans: 'all', ...(mtus.length > 0 ? { mtu: minOf(mtus) } : {}) },
  });
  pair.peerLinkLag = id;
  return id;
}

/**
 * Cables the legs, bonds them into the peer-link LAG (a trunk of every VLAN at the switches'
 * largest common MTU, LACP fast) and marks it as the pair's peer link. Run inside one edit, so
 * cables and LAG are one undo step. Returns the LAG id, or why it cannot be made (and then
 * changes nothing).
 */
export function addPeerLink(
  design: Design,
  pairId: string,
  legs: PeerLinkLeg[],
  options: PeerLinkOptions,
): { id: string } | { problem: string } {
  const pair = design.mlagPairs.find((p) => p.id === pairId);
  if (!pair) return { problem: 'no such MLAG pair' };
  if (pair.peerLinkLag !== undefined && design.lags.some((l) => l.id === pair.peerLinkLag))
    return { problem: 'this pair already has a peer link' };
  const plan = planLegs(design, pair.switches, legs, options);
  if ('problem' in plan) return plan;
  return {
    id: applyPeerLink(design, pairId, plan.plans, options.prefs ?? DEFAULT_CABLE_PREFERENCES),
  };
}

/**
 * "Make MLAG pair" with its peer link, in one edit (pair, cables, LAG); no legs make the pair
 * alone. On a problem nothing is changed.
 */
export function createMlagPairWithPeerLink(
  design: Design,
  a: string,
  b: string,
  legs: PeerLinkLeg[],
  options: PeerLinkOptions,
): { id: string } | { problem: string } {
  const plan = legs.length === 0 ? { plans: [] } : planLegs(design, [a, b], legs, options);
  if ('problem' in plan) return plan;
  const pair = createMlagPair(design, a, b);
  if ('problem' in pair) return pair;
  if (plan.plans.length > 0)
    applyPeerLink(design, pair.id, plan.plans, options.prefs ?? DEFAULT_CABLE_PREFERENCES);
  return pair;
}
