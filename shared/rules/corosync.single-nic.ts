import type { CorosyncLink } from './corosync';
import type { PortInfo } from './topology';
import { corosyncLinks } from './corosync';
import type { Rule } from './rule';
import { t } from './targets';

const allOnlyOn = (links: readonly CorosyncLink[], port: PortInfo) => {
  for (let i = 0; i < links.length; i++) if (!links[i]!.resolved.onlyOn(port)) return false;
  return true;
};

export const corosyncSingleNic: Rule = {
  id: 'corosync.single-nic',
  severity: 'error',
  title: 'All corosync links on one physical port',
  why: 'If corosync heartbeat traffic is disturbed the cluster fences (reboots) nodes; with every link on one port, one cable or NIC failure does that.',
  hint: 'Give corosync its own NIC, and a second link on another port.',
  source: 'Domain brief §2 (corosync needs its own NIC); Proxmox VE admin guide, Cluster Manager',
  check({ topo }) {
    const out = [];
    for (const links of corosyncLinks(topo)) {
      // Every link on one and the same single port: compare port identities, no keys built.
      const port = links[0]?.resolved.firstPort;
      if (!port || !allOnlyOn(links, port)) continue;
      out.push({
        message: `every corosync link of ${topo.name(links[0]!.node)} rides on ${port.port.name} alone`,
        targets: [t.device(links[0]!.node), t.port(port)],
      });
    }
    return out;
  },
};
