import type { Rule } from './rule';
import { cableNameIn, t } from './targets';

export const cableMediaMismatch: Rule = {
  id: 'cable.media-mismatch',
  severity: 'error',
  title: 'Cable media does not fit the port',
  why: 'Twisted-pair copper needs an RJ45 jack (or a BASE-T module in an SFP, SFP+ or SFP28 cage; a QSFP cage takes none); DAC, AOC and fiber optics need an SFP-family cage.',
  hint: 'Choose a media that fits both ports, or fit a BASE-T module in an SFP, SFP+ or SFP28 cage (a QSFP cage takes none).',
  source:
    'IEEE 802.3 Clause 40 (1000BASE-T) and Clause 55 (10GBASE-T): twisted pair ends in an 8-pin modular (RJ45) MDI; SFF-8431 (SFP+), SFF-8402 (SFP28), SFF-8436 (QSFP+) and SFF-8665 (QSFP28) define the cages that take optics, DAC and AOC, https://www.snia.org/technology-communities/sff/specifications',
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
            message: `${cableNameIn(topo, cable)}: ${spec?.name ?? cable.media} does not fit ${topo.portLabel(end)} (${why})`,
            targets: [t.cable(cable), t.port(topo, end)],
          });
        }
      }
    }
    return out;
  },
};
