import type { Rule } from './rule';
import { t } from './targets';

export const firewallNoHaPair: Rule = {
  id: 'firewall.no-ha-pair',
  severity: 'warning',
  title: 'A single firewall',
  why: 'One firewall is a single point of failure for all routed and NATed traffic.',
  hint: 'Add a second firewall and form an HA pair.',
  source:
    'OPNsense documentation, "High Availability" (two firewalls in a CARP failover group; the secondary takes over when the primary fails), https://docs.opnsense.org/manual/hacarp.html',
  check({ design, topo }) {
    const firewalls = design.devices.filter((d) => d.role === 'firewall');
    if (firewalls.length !== 1) return [];
    return [
      {
        message: `${topo.name(firewalls[0])} is the only firewall`,
        targets: firewalls.map(t.device),
      },
    ];
  },
};
