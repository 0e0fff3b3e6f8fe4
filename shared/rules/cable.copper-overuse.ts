import type { Cable, Device } from '../model';
import { COPPER_MEDIA } from '../model/vocabulary';
import type { Rule } from './rule';
import { t } from './targets';
import { isSwitch } from '../topology';

export const cableCopperOveruse: Rule = {
  id: 'cable.copper-overuse',
  severity: 'warning',
  title: 'Too much high-speed copper on a switch',
  why: 'Copper DAC and twisted pair are thick and heavy; many of them strain a switch’s ports over the years, and bent copper attenuates without obvious symptoms.',
  hint: 'Use fiber or AOC for more of this switch’s 10G+ links.',
  source:
    'ClusterWire heuristic: more than 8 copper cables making up over half of the 10G-and-faster cables on one switch is where cable weight and bend strain ports; no vendor publishes such a figure',
  check({ design, topo, thresholds }) {
    const out = [];
    // Per switch, its 10G+ cables and the copper among them, in one walk over the links; a cable
    // with both ends on one switch counts once. Cable lists are built only when the rule fires.
    const counts = new Map<Device, { fast: number; copper: number }>();
    const count = (device: Device, copper: boolean) => {
      if (!isSwitch(device)) return;
      let c = counts.get(device);
      if (!c) counts.set(device, (c = { fast: 0, copper: 0 }));
      c.fast++;
      if (copper) c.copper++;
    };
    for (let i = 0; i < topo.links.length; i++) {
      const { cable, a, b, speed } = topo.links[i]!;
      if ((speed ?? 0) < 10) continue;
      const copper = COPPER_MEDIA.has(cable.media);
      const deviceA = topo.deviceOf(a);
      const deviceB = topo.deviceOf(b);
      count(deviceA, copper);
      if (deviceB !== deviceA) count(deviceB, copper);
    }
    for (let i = 0; i < design.devices.length; i++) {
      const device = design.devices[i]!;
      const c = counts.get(device);
      if (!c) continue;
      const { fast, copper } = c;
      if (copper <= thresholds.copperCountMax || copper / fast <= thresholds.copperShareMax)
        continue;
      const cables: Cable[] = [];
      for (const { cable, a, b, speed } of topo.links)
        if ((speed ?? 0) >= 10 && COPPER_MEDIA.has(cable.media))
          if (topo.deviceOf(a) === device || topo.deviceOf(b) === device) cables.push(cable);
      out.push({
        message: `${topo.name(device)}: ${copper} of its ${fast} cables at 10G or faster are copper`,
        targets: [t.device(device), ...cables.map(t.cable)],
      });
    }
    return out;
  },
};
