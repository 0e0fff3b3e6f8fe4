import type { Rule } from './rule';
import { t } from './targets';

export const cableMediaMismatch: Rule = {
  id: 'cable.media-mismatch',
  severity: 'error',
  title: 'Cable media does not fit the port',
  why: 'Twisted-pair copper needs an RJ45 jack (or a BASE-T module in an SFP cage); DAC, AOC and fiber optics need an SFP-family cage.',
  hint: 'Choose a media that fits both ports, or fit a BASE-T module in the SFP cage.',
  source: 'Domain brief §3 (port and cable vocabulary), §6',
  check({ topo }) {
    const out = [];
    for (let i = 0; i < topo.links.length; i++) {
      const link = topo.links[i]!;
      if (link.fits) continue;
      const cable = link.cable;
      const spec = topo.mediaSpec(cable.media);
      for (const end of [link.a, link.b]) {
        const why = topo.mediaMisfit(cable.media, end);
        if (why) {
          out.push({
            message: `${cable.label ?? cable.id}: ${spec?.name ?? cable.media} does not fit ${topo.portLabel(end)} (${why})`,
            targets: [t.cable(cable), t.port(topo, end)],
          });
        }
      }
    }
    return out;
  },
};
