import type { Rule } from './rule';
import { t } from './targets';
import { isSwitch } from '../topology';

export const lagLimitExceeded: Rule = {
  id: 'lag.limit-exceeded',
  severity: 'error',
  title: 'More LAG groups than the switch supports',
  why: 'Switches support a fixed number of LAG groups (some only 8); an MLAG LAG counts as one group on each of its two switches.',
  hint: 'Use a switch model with more LAG groups, or spread the bonds over more switches.',
  source:
    "The switch model's vendor datasheet or configuration guide (its maximum number of LAG groups, kept with the model in the catalog); link aggregation per IEEE 802.1AX, https://standards.ieee.org/standard/802_1AX-2020.html",
  check({ design, topo }) {
    const out = [];
    for (let i = 0; i < design.devices.length; i++) {
      const device = design.devices[i]!;
      const max = device.limits.maxLagGroups;
      if (!isSwitch(device) || max === undefined) continue;
      const lags = topo.lagsOf(device).length;
      if (lags <= max) continue;
      out.push({
        message: `${topo.name(device)} has ${lags} LAG groups; ${device.model.name} supports ${max}`,
        targets: [t.device(device)],
      });
    }
    return out;
  },
};
