import { eachCorosyncNode } from './corosync';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const corosyncSingleNic: Rule = {
  id: 'corosync.single-nic',
  severity: 'error',
  title: 'All corosync links on one physical port',
  why: 'If corosync heartbeat traffic is disturbed the cluster fences (reboots) nodes; with every link on one port, one cable or NIC failure does that.',
  hint: 'Give corosync its own NIC, and a second link on another port.',
  source: 'Domain brief §2 (corosync needs its own NIC); Proxmox VE admin guide, Cluster Manager',
  check({ topo }) {
    const out: RawFinding[] = [];
    eachCorosyncNode(topo, (links) => {
      // Every link on one and the same single port: compare port identities, no keys built.
      const port = links.length > 0 ? links.at(0).resolved.firstPort : undefined;
      if (port === undefined || !links.allOnlyOn(port)) return;
      out.push({
        message: `every corosync link of ${topo.name(links.at(0).node)} rides on ${topo.portOf(port).name} alone`,
        targets: [t.device(links.at(0).node), t.port(topo, port)],
      });
    });
    return out;
  },
};
