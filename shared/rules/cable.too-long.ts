import type { Catalog, MediaSpec } from '../catalog';
import type { PortIndex, Topology } from '../topology';
import { mediaOptions, moduleReachM, reachAt } from '../topology';
import type { Rule } from './rule';
import { cableNameIn, t } from './targets';

/** Why a BASE-T module in this port does not reach this far, or null. */
function moduleTooShort(topo: Topology, port: PortIndex, speed: number, lengthM: number) {
  const reach = moduleReachM(topo.portOf(port), speed);
  return reach === undefined || lengthM <= reach
    ? null
    : `${lengthM} m exceeds the ${reach} m reach of the BASE-T module in ${topo.portLabel(port)} at ${speed}G`;
}

const BASE_T_HINT =
  'Keep the run within the module’s reach, or use optics and fiber (or a DAC or AOC) instead of the BASE-T module.';

/** 10000 m reads as 10 km. */
const distance = (m: number) => (m >= 1000 ? `${m / 1000} km` : `${m} m`);

/** The optic class a fiber media takes at each end: SR on multimode, LR on single-mode. */
const opticOn = (spec: MediaSpec) => (spec.fiberType === 'smf' ? 'LR' : 'SR');

/**
 * The fix for a cable beyond its reach, in the terms of its media: fiber needs optics with more
 * reach (single-mode LR; past the catalog's 10 km an ER optic), copper and AOC a cable that
 * reaches. Each offer is a catalog media that plugs into both ports and reaches at the link speed.
 */
function longerReachHint(
  catalog: Catalog,
  topo: Topology,
  a: PortIndex,
  b: PortIndex,
  spec: MediaSpec,
  speed: number,
  lengthM: number,
): string {
  const options = mediaOptions(catalog, topo.portOf(a), topo.portOf(b));
  const fiber: string[] = [];
  const other: string[] = [];
  for (let i = 0; i < options.length; i++) {
    const option = options[i]!;
    const maxM = reachAt(option, speed)?.maxM;
    if (option.media === spec.media || maxM === undefined || maxM < lengthM) continue;
    if (option.kind === 'fiber')
      fiber.push(`${opticOn(option)} optics over ${option.name} (${distance(maxM)})`);
    else other.push(`${option.name} (${distance(maxM)})`);
  }
  if (spec.kind === 'fiber')
    return fiber.length > 0
      ? `Use optics and fiber that reach ${lengthM} m at ${speed}G: ${orList(fiber)}; or a shorter run.`
      : 'Use a single-mode optic with longer reach (ER class, about 40 km), or a shorter run.';
  // Copper and AOC: the cables that reach first; fiber, when it is not the only choice, in a word.
  if (fiber.length > 0) other.push(other.length > 0 ? 'fiber with optics' : orList(fiber));
  return other.length > 0
    ? `Use a shorter run, or a media that reaches ${lengthM} m at ${speed}G: ${orList(other)}.`
    : 'Use a shorter run.';
}

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export const cableTooLong: Rule = {
  id: 'cable.too-long',
  severity: 'error',
  title: 'Cable longer than its media reaches',
  why: 'Beyond its reach a link does not come up or drops errors; passive DAC at 10G/40G works up to 7 m but 5 m is the common maximum.',
  hint: 'Use a shorter run, or a media with more reach: active DAC, AOC or fiber for copper, an optic with longer reach (single-mode LR) for fiber.',
  source:
    'IEEE 802.3 (Ethernet) reach per PHY: Clause 40 (1000BASE-T), 55 (10GBASE-T), 52 (10GBASE-SR/LR), 112 (25GBASE-SR), 86 (40GBASE-SR4), 95 (100GBASE-SR4), 85 (40GBASE-CR4), 92 (100GBASE-CR4), 110 (25GBASE-CR, IEEE 802.3by), https://standards.ieee.org/ieee/802.3/10422/; SFF-8431 for 10G SFP+ direct attach, https://www.snia.org/technology-communities/sff/specifications; vendor datasheets for active DAC, AOC and BASE-T SFP+ modules',
  check({ topo, design, catalog }) {
    const out = [];
    for (let i = 0; i < topo.links.length; i++) {
      const { cable, a, b, speed } = topo.links[i]!;
      const spec = topo.mediaSpec(cable.media);
      if (speed === null || !spec) continue;
      const reach = reachAt(spec, speed);
      if (!reach) continue;
      // A BASE-T module in an SFP cage reaches less than the cable (30 m at 10G).
      if (cable.lengthM <= reach.maxM) {
        const shortA = moduleTooShort(topo, a, speed, cable.lengthM);
        const shortB = moduleTooShort(topo, b, speed, cable.lengthM);
        if (shortA)
          out.push({
            message: `${cableNameIn(topo, cable)}: ${shortA}`,
            targets: [t.cable(cable), t.port(topo, a)],
            hint: BASE_T_HINT,
          });
        if (shortB)
          out.push({
            message: `${cableNameIn(topo, cable)}: ${shortB}`,
            targets: [t.cable(cable), t.port(topo, b)],
            hint: BASE_T_HINT,
          });
      }
      if (cable.lengthM > reach.maxM) {
        out.push({
          message: `${cableNameIn(topo, cable)}: ${cable.lengthM} m of ${spec.name} exceeds its ${reach.maxM} m reach at ${speed}G`,
          targets: [t.cable(cable)],
          hint: longerReachHint(catalog, topo, a, b, spec, speed, cable.lengthM),
        });
        continue;
      }
      // Where the catalog marks a length as risky (passive DAC above 5 m), unless the design
      // moves that line.
      const warnAbove =
        reach.warnAboveM && (design.thresholds.passiveDacWarnAboveM ?? reach.warnAboveM);
      if (warnAbove && cable.lengthM > warnAbove) {
        out.push({
          severity: 'warning' as const,
          message: `${cableNameIn(topo, cable)}: ${cable.lengthM} m of ${spec.name} at ${speed}G is above the common ${warnAbove} m passive maximum`,
          targets: [t.cable(cable)],
          hint: `Prefer an active DAC or AOC above ${warnAbove} m.`,
        });
      }
    }
    return out;
  },
};
