import type { Rule } from './rule';
import { t } from './targets';
import { isSwitch } from '../topology';
import { countConfiguredVlans } from '../topology';

export const vlanLimitExceeded: Rule = {
  id: 'vlan.limit-exceeded',
  severity: 'error',
  title: 'More VLANs than the switch supports',
  why: 'Some switches allow only a few VLANs (32 on some models); a trunk allowing "all" carries every VLAN of the design.',
  hint: 'Allow only the VLANs each trunk needs, or use a switch with a larger VLAN table.',
  source:
    "The switch model's vendor datasheet or configuration guide (its maximum number of VLANs, kept with the model in the catalog); VLAN ids per IEEE 802.1Q, https://standards.ieee.org/ieee/802.1Q/10323/",
  check({ design, topo }) {
    const out = [];
    for (let i = 0; i < design.devices.length; i++) {
      const device = design.devices[i]!;
      const max = device.limits.maxVlans;
      if (!isSwitch(device) || max === undefined) continue;
      const vlans = countConfiguredVlans([device.ports, topo.lagsOf(device)], topo.designVlans);
      if (vlans <= max) continue;
      out.push({
        message: `${topo.name(device)} is configured with ${vlans} VLANs; ${device.model.name} supports ${max}`,
        targets: [t.device(device)],
      });
    }
    return out;
  },
};
