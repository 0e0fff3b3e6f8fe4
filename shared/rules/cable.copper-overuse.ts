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
      const seen = new Set<string>();
      const fast: Cable[] = [];
      for (const port of topo.cabledPorts.get(device.id) ?? []) {
        for (const cable of topo.cablesOn(port)) {
          if (seen.has(cable.id)) continue;
          seen.add(cable.id);
          if ((topo.linkSpeed(cable) ?? 0) >= 10) fast.push(cable);
        }
      }
      const copper = fast.filter((c) => COPPER_MEDIA.has(c.media));
      if (
        copper.length > thresholds.copperCountMax &&
        copper.length / fast.length > thresholds.copperShareMax
      ) {
        out.push({
          message: `${topo.name(device)}: ${copper.length} of its ${fast.length} cables at 10G or faster are copper`,
          targets: [t.device(device), ...copper.map(t.cable)],
        });
      }
    }
    return out;
  },
};
