import type { RawFinding, Rule } from './rule';
import { cableNameIn, t } from './targets';

/** Link speeds that run 25 Gbit/s per lane over a DAC: SFP28 (25G) and QSFP28 (100G). */
const LANE_25G = new Set([25, 100]);
/** Passive 25G-per-lane DAC without RS-FEC: CA-25G-N and -S cables reach 3 m. */
const WITHOUT_FEC_MAX_M = 3;

export const cableDacNeedsFec: Rule = {
  id: 'cable.dac-needs-fec',
  severity: 'warning',
  title: 'Passive 25G DAC over 3 m needs RS-FEC',
  why: 'A passive DAC at 25 Gbit/s per lane longer than 3 m is a CA-L cable: the link comes up only with RS-FEC (Clause 108) enabled on both ends, and without it drops frames or stays down.',
  hint: 'Enable RS-FEC on both ports, or use a DAC of 3 m or less, or AOC or fiber.',
  source:
    'IEEE 802.3by (IEEE 802.3 Clause 110.10): a CA-25G-L passive copper cable reaches 5 m only with RS-FEC on both ends, CA-25G-N and CA-25G-S cables are specified to 3 m; 100GBASE-CR4 (Clause 92) always runs RS-FEC; NVIDIA Cumulus Linux, "Switch Port Attributes", FEC, https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-1-and-Switch-Ports/Interface-Configuration-and-Management/Switch-Port-Attributes/#fec',
  check({ topo }) {
    const out: RawFinding[] = [];
    for (let i = 0; i < topo.links.length; i++) {
      const { cable, a, b, speed } = topo.links[i]!;
      if (cable.media !== 'dac-passive' || speed === null || !LANE_25G.has(speed)) continue;
      if (cable.lengthM <= WITHOUT_FEC_MAX_M) continue;
      out.push({
        message: `${cableNameIn(topo, cable)}: ${cable.lengthM} m passive DAC at ${speed}G between ${topo.portLabel(a)} and ${topo.portLabel(b)} works only with RS-FEC on both ends`,
        targets: [t.cable(cable), t.port(topo, a), t.port(topo, b)],
      });
    }
    return out;
  },
};
