import type { Rule } from './rule';
import { t } from './targets';

export const firewallNoDynamicRouting: Rule = {
  id: 'firewall.no-dynamic-routing',
  severity: 'info',
  title: 'Firewall without BGP',
  why: 'If the design grows into EVPN-VXLAN, BGP runs down to the servers and the firewalls must speak it.',
  hint: 'Prefer a firewall model with BGP if the design may grow.',
  source:
    'Proxmox VE Administration Guide, SDN "EVPN Zones" (EVPN routes with BGP) and "BGP Controller" (exports EVPN routes to an external BGP peer), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvesdn_zone_plugin_evpn',
  check({ design, topo }) {
    return design.devices
      .filter((d) => d.role === 'firewall' && d.limits.bgp !== true)
      .map((d) => ({
        message: `${topo.name(d)} (${d.model.manufacturer} ${d.model.name}) has no BGP`,
        targets: [t.device(d)],
      }));
  },
};
