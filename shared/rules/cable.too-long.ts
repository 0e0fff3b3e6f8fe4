import type { PortIndex, Topology } from '../topology';
import { moduleReachM, reachAt } from '../topology';
import type { Rule } from './rule';
import { cableNameIn, t } from './targets';

/** Why a BASE-T module in this port does not reach this far, or null. */
function moduleTooShort(topo: Topology, port: PortIndex, speed: number, lengthM: number) {
  const reach = moduleReachM(topo.portOf(port), speed);
  return reach === undefined || lengthM <= reach
    ? null
    : `${lengthM} m exceeds the ${reach} m reach of the BASE-T module in ${topo.portLabel(port)} at ${speed}G`;
}

export const cableTooLong: Rule = {
  id: 'cable.too-long',
  severity: 'error',
  title: 'Cable longer than its media reaches',
  why: 'Beyond its reach a link does not come up or drops errors; passive DAC at 10G/40G works up to 7 m but 5 m is the common maximum.',
  hint: 'Use a shorter run, or a media with more reach (AOC or fiber).',
  source:
    'IEEE 802.3 (Ethernet) reach per PHY: Clause 40 (1000BASE-T), 55 (10GBASE-T), 52 (10GBASE-SR/LR), 112 (25GBASE-SR), 86 (40GBASE-SR4), 95 (100GBASE-SR4), 85 (40GBASE-CR4), 92 (100GBASE-CR4), 110 (25GBASE-CR, IEEE 802.3by), https://standards.ieee.org/ieee/802.3/10422/; SFF-8431 for 10G SFP+ direct attach, https://www.snia.org/technology-communities/sff/specifications; vendor datasheets for active DAC, AOC and BASE-T SFP+ modules',
  check({ topo, design }) {
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
          });
        if (shortB)
          out.push({
            message: `${cableNameIn(topo, cable)}: ${shortB}`,
            targets: [t.cable(cable), t.port(topo, b)],
          });
      }
      if (cable.lengthM > reach.maxM) {
        out.push({
          message: `${cableNameIn(topo, cable)}: ${cable.lengthM} m of ${spec.name} exceeds its ${reach.maxM} m reach at ${speed}G`,
          targets: [t.cable(cable)],
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
