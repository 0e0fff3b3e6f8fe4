import type { Rule } from './rule';
import { t } from './targets';
import { isSwitch } from './topology';

export const lagMembersLimit: Rule = {
  id: 'lag.members-limit',
  severity: 'error',
  title: 'LAG with more members than the switch allows',
  why: 'Each switch model limits the members of one LAG on it.',
  hint: 'Use fewer, faster members, or a switch that allows more members per LAG.',
  source: 'Domain brief §6',
  check({ design, topo }) {
    const out = [];
    for (const lag of design.lags) {
      const counts = new Map<string, number>();
      for (const m of lag.members) counts.set(m.device, (counts.get(m.device) ?? 0) + 1);
      for (const [id, count] of counts) {
        const device = topo.devices.get(id);
        const max = device?.limits.maxLagMembers;
        if (!device || !isSwitch(device) || max === undefined || count <= max) continue;
        out.push({
          message: `LAG ${lag.name || lag.id} has ${count} members on ${topo.name(device)}, which allows ${max} per LAG`,
          targets: [t.lag(lag), t.device(device)],
        });
      }
    }
    return out;
  },
};
