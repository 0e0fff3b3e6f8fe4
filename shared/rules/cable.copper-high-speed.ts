import type { Cable, Device } from '../model';
import { COPPER_MEDIA, SFP_FAMILY } from '../model/vocabulary';
import type { Rule } from './rule';
import { cableNameIn, list, t } from './targets';
import { isSwitch } from '../topology';

export const cableCopperHighSpeed: Rule = {
  id: 'cable.copper-high-speed',
  severity: 'info',
  title: 'Copper where AOC or fiber would do',
  why: 'Between two SFP-family cages at 10G and faster, AOC or fiber is thinner, lighter and kinder to ports than copper.',
  hint: 'Consider AOC or fiber for these links.',
  source:
    'ClusterWire heuristic: between two SFP-family cages at 10G and faster, AOC or fiber does the job with a thinner, lighter cable; advice, not a limit. NVIDIA LinkX, "Copper DAC and LACC Cables Overview" (longer DAC lengths use thicker wire with more shielding), https://docs.nvidia.com/networking/display/400g100gpam4ovpub/copper-dac-and-lacc-cables-overview',
  check({ design, topo }) {
    const out = [];
    // One walk over the links; per switch, the offending cables with an end on it.
    const bySwitch = new Map<Device, Cable[]>();
    const note = (device: Device, cable: Cable) => {
      if (!isSwitch(device)) return;
      const found = bySwitch.get(device);
      if (found) found.push(cable);
      else bySwitch.set(device, [cable]);
    };
    for (let i = 0; i < topo.links.length; i++) {
      const { cable, a, b, speed } = topo.links[i]!;
      if (!COPPER_MEDIA.has(cable.media) || (speed ?? 0) < 10) continue;
      if (!SFP_FAMILY.has(topo.formFactorOf(a)) || !SFP_FAMILY.has(topo.formFactorOf(b))) continue;
      const deviceA = topo.deviceOf(a);
      const deviceB = topo.deviceOf(b);
      note(deviceA, cable);
      if (deviceB !== deviceA) note(deviceB, cable);
    }
    for (let i = 0; i < design.devices.length; i++) {
      const device = design.devices[i]!;
      const found = bySwitch.get(device);
      if (!found) continue;
      out.push({
        message: `${topo.name(device)}: ${found.length} copper cable${found.length === 1 ? '' : 's'} at 10G+ between SFP-family ports (${list(found.map((c) => cableNameIn(topo, c)))})`,
        targets: [t.device(device), ...found.map(t.cable)],
      });
    }
    return out;
  },
};
