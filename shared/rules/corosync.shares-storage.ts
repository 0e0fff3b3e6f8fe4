import {
  STORAGE_ROLES,
  carriesRole,
  eachCorosyncNode,
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
  source: 'Domain brief §2 (storage network: keep corosync off the LACP bond)',
  check({ topo }) {
    const out: RawFinding[] = [];
    eachCorosyncNode(topo, (links) => {
      const primary = primaryLink(links);
      if (!primary || !carriesRole(topo, primary, STORAGE_ROLES)) return;
      const storage = [
        ...new Set(networksOn(topo, primary.ports).filter((n) => STORAGE_ROLES.has(n.role))),
      ];
      if (storage.length === 0) return;
      out.push({
        message: `primary corosync ${linkName(primary)} of ${topo.name(primary.node)} shares ${primary.ports.map((p) => topo.portOf(p).name).join(', ')} with ${storage.map((n) => n.name).join(', ')}`,
        targets: [t.device(primary.node), t.network(primary.network), ...storage.map(t.network)],
      });
    });
    return out;
  },
};
