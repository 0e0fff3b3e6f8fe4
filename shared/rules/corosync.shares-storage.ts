import {
  STORAGE_ROLES,
  carriesRole,
  corosyncNodes,
  linkName,
  networksOn,
  primaryLink,
} from './corosync';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const corosyncSharesStorage: Rule = {
  id: 'corosync.shares-storage',
  severity: 'warning',
  title: 'Primary corosync link shares a port with storage',
  why: 'Live migration and Ceph recovery can saturate a link and starve corosync on it; do not rely on QoS for corosync.',
  hint: 'Move the primary corosync link to a port without Ceph or migration traffic.',
  source:
    'Proxmox VE Administration Guide, "Network Requirements" (no shared network for corosync and storage, except as a low-priority fallback link), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_cluster_network_requirements',
  check({ topo }) {
    const out: RawFinding[] = [];
    const nodes = corosyncNodes(topo);
    for (let i = 0; i < nodes.length; i++) {
      const { node, links } = nodes[i]!;
      const primary = primaryLink(links);
      if (!primary || !carriesRole(topo, primary, STORAGE_ROLES)) continue;
      const storage = [
        ...new Set(networksOn(topo, primary.ports).filter((n) => STORAGE_ROLES.has(n.role))),
      ];
      if (storage.length === 0) continue;
      out.push({
        message: `primary corosync ${linkName(primary)} of ${topo.name(node)} shares ${primary.ports.map((p) => topo.portOf(p).name).join(', ')} with ${storage.map((n) => n.name).join(', ')}`,
        targets: [t.device(node), t.network(primary.network), ...storage.map(t.network)],
      });
    }
    return out;
  },
};
