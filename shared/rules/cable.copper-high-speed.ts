import type { Cable } from '../model';
import { COPPER_MEDIA, SFP_FAMILY } from '../model/vocabulary';
import type { Rule } from './rule';
import { list, t } from './targets';
import { isSwitch } from './topology';

export const cableCopperHighSpeed: Rule = {
  id: 'cable.copper-high-speed',
  severity: 'info',
  title: 'Copper where AOC or fiber would do',
  why: 'Between two SFP-family cages at 10G and faster, AOC or fiber is thinner, lighter and kinder to ports than copper.',
  hint: 'Consider AOC or fiber for these links.',
  source: 'Domain brief §2 (10 GbE and faster: prefer fiber), §6',
  check({ design, topo }) {
    const out = [];
    for (const device of design.devices) {
      if (!isSwitch(device)) continue;
      let found: Cable[] | undefined;
      for (const port of topo.cabledPortsOf(device.id)) {
        for (const cable of topo.cablesOn(port)) {
          const ends = topo.ends(cable, port);
          if (!ends || !COPPER_MEDIA.has(cable.media) || (ends.speed ?? 0) < 10) continue;
          if (SFP_FAMILY.has(ends.a.formFactor) && SFP_FAMILY.has(ends.b.formFactor))
            if (!found?.includes(cable)) (found ??= []).push(cable);
        }
      }
      if (!found) continue;
      out.push({
        message: `${topo.name(device)}: ${found.length} copper cable${found.length === 1 ? '' : 's'} at 10G+ between SFP-family ports (${list(found.map((c) => c.label ?? c.id))})`,
        targets: [t.device(device), ...found.map(t.cable)],
      });
    }
    return out;
  },
};
