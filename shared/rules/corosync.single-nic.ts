import type { CorosyncLink } from './corosync';
import { corosyncNodes } from './corosync';
import type { PortIndex } from '../topology';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const corosyncSingleNic: Rule = {
  id: 'corosync.single-nic',
  severity: 'error',
  title: 'All corosync links on one physical port',
  why: 'If corosync heartbeat traffic is disturbed the cluster fences (reboots) nodes; with every link on one port, one cable or NIC failure does that.',
  hint: 'Give corosync its own NIC, and a second link on another port.',
  source:
    'Proxmox VE Administration Guide, "Requirements" (a dedicated NIC, and at least one more link on a different physical network) and "Corosync Redundancy", https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_cluster_requirements',
  check({ topo }) {
    const out: RawFinding[] = [];
    const nodes = corosyncNodes(topo);
    for (let i = 0; i < nodes.length; i++) {
      const { node, links } = nodes[i]!;
      // Every link rides on one and the same single port.
      const port = links[0]?.resolved.firstPort;
      if (port === undefined || !allOnlyOn(links, port)) continue;
      out.push({
        message: `every corosync link of ${topo.name(node)} rides on ${topo.portOf(port).name} alone`,
        targets: [t.device(node), t.port(topo, port)],
      });
    }
    return out;
  },
};

/** Every link rides on this port and no other. */
function allOnlyOn(links: readonly CorosyncLink[], port: PortIndex): boolean {
  for (let i = 0; i < links.length; i++) if (!links[i]!.resolved.onlyOn(port)) return false;
  return true;
}
