import type { Port } from '../model';
import { FORM_FACTOR_OF } from '../model/vocabulary';
import type { Rule } from './rule';
import { t } from './targets';

const isMgmtPort = (p: Port) => p.role === 'mgmt';

export const mgmtSwitchFull: Rule = {
  id: 'mgmt.switch-full',
  severity: 'error',
  title: 'Not enough management switch ports',
  why: 'Every device with a management port needs an access port on a management switch.',
  hint: 'Use a larger management switch (24 ports is sensible from about 10 devices) or add one.',
  source:
    'ClusterWire heuristic: every mgmt and BMC port needs an access port on a management switch, plus one uplink per core switch; a port count, not a vendor figure',
  check({ design, topo }) {
    // Counted first; lists are made only for a finding.
    let switchCount = 0;
    let access = 0;
    let needing = 0;
    for (let i = 0; i < design.devices.length; i++) {
      const d = design.devices[i]!;
      if (d.role !== 'mgmt-switch') {
        if (d.ports.some(isMgmtPort)) needing++;
        continue;
      }
      switchCount++;
      for (const p of d.ports)
        if (p.role === 'service' && FORM_FACTOR_OF[p.type] === 'RJ45') access++;
    }
    if (switchCount === 0 || needing <= access) return [];
    const switches = design.devices.filter((d) => d.role === 'mgmt-switch');
    return [
      {
        message: `${needing} devices have management ports; the management switches (${switches.map((s) => topo.name(s)).join(', ')}) have ${access} access ports`,
        targets: switches.map(t.device),
      },
    ];
  },
};
