import type { RawFinding, Rule } from './rule';
import { t } from './targets';
import { isSwitch } from '../topology';

export const lagMembersLimit: Rule = {
  id: 'lag.members-limit',
  severity: 'error',
  title: 'LAG with more members than the switch allows',
  why: 'Each switch model limits the members of one LAG on it.',
  hint: 'Use fewer, faster members, or a switch that allows more members per LAG.',
  source:
    'The switch model\'s vendor documentation of the members per LAG (kept with the model in the catalog), e.g. NVIDIA Onyx User Manual, "Link Aggregation Group (LAG)" (as many as 32 physical ports in one LAG on NVIDIA Spectrum switches), https://docs.nvidia.com/networking/display/NVIDIAOnyxUserManualv3104706LTS/Link+Aggregation+Group+(LAG); link aggregation per IEEE 802.1AX, https://standards.ieee.org/standard/802_1AX-2020.html',
  check({ design, topo }) {
    const out: RawFinding[] = [];
    for (let i = 0; i < design.devices.length; i++) {
      const device = design.devices[i]!;
      const max = device.limits.maxLagMembers;
      if (!isSwitch(device) || max === undefined) continue;
      const lags = topo.lagsOf(device);
      for (let j = 0; j < lags.length; j++) {
        const lag = lags[j]!;
        // Its members on this switch (an MLAG LAG has members on both switches of its pair).
        const members = topo.membersOf(lag);
        let count = 0;
        for (let k = 0; k < members.length; k++) if (topo.deviceOf(members[k]!) === device) count++;
        if (count <= max) continue;
        out.push({
          message: `LAG ${lag.name || lag.id} has ${count} members on ${topo.name(device)}, which allows ${max} per LAG`,
          targets: [t.lag(lag), t.device(device)],
        });
      }
    }
    return out;
  },
};
