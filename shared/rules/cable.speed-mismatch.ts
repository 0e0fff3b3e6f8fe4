import { isConsoleLine } from '../topology';
import type { Rule } from './rule';
import { cableNameIn, t } from './targets';

export const cableSpeedMismatch: Rule = {
  id: 'cable.speed-mismatch',
  severity: 'error',
  title: 'Ports and cable share no speed',
  why: 'A link comes up only at a speed both ports and the cable support.',
  hint: 'Connect ports with a common speed (an SFP28 port runs at 10G to an SFP+ port), or change the media.',
  source:
    'IEEE 802.3 (Ethernet): a link comes up only on a PHY type both ends implement; Clause 28 (twisted pair) and Clause 73 (copper cable assemblies) auto-negotiation pick the highest common one, https://standards.ieee.org/ieee/802.3/10422/',
  check({ topo }) {
    const out = [];
    for (let i = 0; i < topo.links.length; i++) {
      const { cable, a, b, common } = topo.links[i]!;
      // A console line is a serial line: it has no data speed to share.
      if (common !== null || isConsoleLine(topo.portOf(a), topo.portOf(b))) continue;
      const speeds = (s: number[]) => (s.length ? s.map((x) => `${x}G`).join('/') : 'none');
      out.push({
        message: `${cableNameIn(topo, cable)}: ${topo.portLabel(a)} (${speeds(topo.portOf(a).speeds)}), ${topo.portLabel(b)} (${speeds(topo.portOf(b).speeds)}) and ${cable.media} (${speeds(topo.mediaSpec(cable.media)?.speeds ?? [])}) share no speed`,
        targets: [t.cable(cable), t.port(topo, a), t.port(topo, b)],
      });
    }
    return out;
  },
};
