import { COPPER_MEDIA } from '../model/vocabulary';
import type { Rule } from './rule';
import { t } from './targets';
import { isSwitch } from '../topology';
import type { CableInfo } from '../topology';

export const cableCopperOveruse: Rule = {
  id: 'cable.copper-overuse',
  severity: 'warning',
  title: 'Too much high-speed copper on a switch',
  why: 'Copper DAC and twisted pair are thick and heavy; many of them strain a switch’s ports over the years, and bent copper attenuates without obvious symptoms.',
  hint: 'Use fiber or AOC for more of this switch’s 10G+ links.',
  source:
    'ClusterWire heuristic: more than 8 copper cables making up over half of the 10G-and-faster cables on one switch is where cable weight and bend strain ports; no vendor publishes such a figure. NVIDIA LinkX, "Copper DAC and LACC Cables Overview" (DAC is meant for links inside a rack; longer lengths use thicker wire with more shielding), https://docs.nvidia.com/networking/display/400g100gpam4ovpub/copper-dac-and-lacc-cables-overview',
  check({ design, topo, thresholds }) {
    const out = [];
    for (let i = 0; i < design.devices.length; i++) {
      const device = design.devices[i]!;
      if (!isSwitch(device)) continue;
      // Its cables at 10G or faster, and the copper among them.
      const links = topo.linksOf(device);
      let fast = 0;
      let copper = 0;
      for (let j = 0; j < links.length; j++) {
        if (!isFast(links[j]!)) continue;
        fast++;
        if (isCopper(links[j]!)) copper++;
      }
      if (copper <= thresholds.copperCountMax || copper / fast <= thresholds.copperShareMax)
        continue;
      const copperCables = links.filter((link) => isFast(link) && isCopper(link));
      out.push({
        message: `${topo.name(device)}: ${copper} of its ${fast} cables at 10G or faster are copper`,
        targets: [t.device(device), ...copperCables.map((link) => t.cable(link.cable))],
      });
    }
    return out;
  },
};

const isFast = (link: CableInfo) => (link.speed ?? 0) >= 10;
const isCopper = (link: CableInfo) => COPPER_MEDIA.has(link.cable.media);
