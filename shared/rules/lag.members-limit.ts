import type { RawFinding, Rule } from './rule';
import { t } from './targets';
import { isSwitch } from '../topology';

export const lagMembersLimit: Rule = {
  id: 'lag.members-limit',
  severity: 'error',
  title: 'LAG with more members than the switch allows',
  why: 'Each switch model limits the members of one LAG on it.',
  hint: 'Use fewer, faster members, or a switch that allows more members per LAG.',
  source: 'Domain brief §6',
  check({ design, topo }) {
    const out: RawFinding[] = [];
    for (let k = 0; k < design.lags.length; k++) {
      const lag = design.lags[k]!;
      const members = lag.members;
      for (let i = 0; i < members.length; i++) {
        const id = members[i]!.device;
        let seenBefore = false;
        let count = 0;
        for (let j = 0; j < members.length; j++) {
          if (members[j]!.device !== id) continue;
          if (j < i) seenBefore = true;
          count++;
        }
        if (seenBefore) continue; // once per device of the LAG
        const device = topo.device(id);
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
