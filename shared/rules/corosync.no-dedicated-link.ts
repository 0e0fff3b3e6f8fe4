import type { CorosyncLink } from './corosync';
import { BUSY_ROLES, carriesRole, corosyncNodes } from './corosync';
import type { Topology } from '../topology';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const corosyncNoDedicatedLink: Rule = {
  id: 'corosync.no-dedicated-link',
  severity: 'warning',
  title: 'No dedicated corosync link',
  why: 'Live migration and Ceph can saturate shared links and starve corosync, which then fences nodes. A link whose ports carry no Ceph, migration or VM network keeps heartbeats steady (management may share it).',
  hint: 'Put one corosync link on a port that carries no Ceph, migration or VM traffic.',
  source:
    'Proxmox VE Administration Guide, "Requirements" (a dedicated physical NIC for cluster traffic) and "Network Requirements" (ideally its own physically separated network), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_cluster_requirements',
  check({ topo }) {
    const out: RawFinding[] = [];
    const nodes = corosyncNodes(topo);
    for (let i = 0; i < nodes.length; i++) {
      const { node, links } = nodes[i]!;
      if (links.length === 0 || hasDedicatedLink(topo, links)) continue;
      out.push({
        message: `no corosync link of ${topo.name(node)} has a port free of Ceph, migration and VM traffic`,
        targets: [t.device(node), ...links.map((l) => t.network(l.network))],
      });
    }
    return out;
  },
};

/** A link is dedicated when it rides on ports that carry no Ceph, migration or VM network. */
function hasDedicatedLink(topo: Topology, links: readonly CorosyncLink[]): boolean {
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    if (link.ports.length > 0 && !carriesRole(topo, link, BUSY_ROLES)) return true;
  }
  return false;
}
