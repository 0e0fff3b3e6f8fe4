import type { Cable } from '../model';
import { COPPER_MEDIA } from '../model/vocabulary';
import type { Rule } from './rule';
import { t } from './targets';
import { isSwitch } from './topology';

export const cableCopperOveruse: Rule = {
  id: 'cable.copper-overuse',
  severity: 'warning',
  title: 'Too much high-speed copper on a switch',
  why: 'Copper DAC and twisted pair are thick and heavy; many of them strain a switch’s ports over the years, and bent copper attenuates without obvious symptoms.',
  hint: 'Use fiber or AOC for more of this switch’s 10G+ links.',
  source: 'Domain brief §2 (10 GbE and faster: prefer fiber), §6',
  check({ design, topo, thresholds }) {
    const out = [];
    for (const device of design.devices) {
      if (!isSwitch(device)) continue;
      // Count this switch's 10G+ cables and the copper among them; a cable with both ends on
      // this switch is counted once (from its A end). Lists are built only when it fires.
      let fast = 0;
      let copper = 0;
      const ports = topo.cabledPortsOf(device.id);
      const each = (visit: (cable: Cable) => void) => {
        for (const port of ports) {
          for (const cable of topo.cablesOn(port)) {
            const ends = topo.ends(cable, port);
            if (!ends || (ends.a.device === ends.b.device && ends.b === port)) continue;
            if ((ends.speed ?? 0) >= 10) visit(cable);
          }
        }
      };
      each((cable) => {
        fast++;
        if (COPPER_MEDIA.has(cable.media)) copper++;
      });
      if (copper <= thresholds.copperCountMax || copper / fast <= thresholds.copperShareMax)
        continue;
      const cables: Cable[] = [];
      each((cable) => {
        if (COPPER_MEDIA.has(cable.media) && !cables.includes(cable)) cables.push(cable);
      });
      out.push({
        message: `${topo.name(device)}: ${copper} of its ${fast} cables at 10G or faster are copper`,
        targets: [t.device(device), ...cables.map(t.cable)],
      });
    }
    return out;
  },
};
