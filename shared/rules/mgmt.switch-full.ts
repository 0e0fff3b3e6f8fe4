import { FORM_FACTOR_OF } from '../model/vocabulary';
import type { Rule } from './rule';
import { t } from './targets';

export const mgmtSwitchFull: Rule = {
  id: 'mgmt.switch-full',
  severity: 'error',
  title: 'Not enough management switch ports',
  why: 'Every device with a management port needs an access port on a management switch.',
  hint: 'Use a larger management switch (24 ports is sensible from about 10 devices) or add one.',
  source: 'Domain brief §2 (management switch: 24 ports once ~10 devices need management)',
  check({ design, topo }) {
    const switches = design.devices.filter((d) => d.role === 'mgmt-switch');
    if (switches.length === 0) return [];
    const access = switches.reduce(
      (n, s) =>
        n + s.ports.filter((p) => p.role === 'service' && FORM_FACTOR_OF[p.type] === 'RJ45').length,
      0,
    );
    const needing = design.devices.filter(
      (d) => d.role !== 'mgmt-switch' && d.ports.some((p) => p.role === 'mgmt'),
    );
    if (needing.length <= access) return [];
    return [
      {
        message: `${needing.length} devices have management ports; the management switches (${switches.map((s) => topo.name(s)).join(', ')}) have ${access} access ports`,
        targets: switches.map(t.device),
      },
    ];
  },
};
