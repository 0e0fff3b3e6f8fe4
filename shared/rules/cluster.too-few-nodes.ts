import type { Rule } from './rule';
import { hintWith } from './rule';
import { t } from './targets';

export const clusterTooFewNodes: Rule = {
  id: 'cluster.too-few-nodes',
  severity: 'error',
  title: 'Cluster with fewer than 3 nodes',
  why: 'HA needs a quorum of 3 votes; 2 nodes work only with an external QDevice as third vote.',
  ...hintWith(
    (t) => `Add nodes (${t.clusterMinNodes} or more), or for 2 nodes an external QDevice.`,
  ),
  source:
    'Proxmox VE Administration Guide, "Requirements" (three nodes for reliable quorum) and "Corosync External Vote Support" (a QDevice as third vote for two nodes), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_cluster_requirements',
  check({ design, thresholds }) {
    const out = [];
    for (const c of design.clusters) {
      const n = c.nodes.length;
      if (n >= thresholds.clusterMinNodes) continue;
      const withQdevice = n === 2 && c.qdevice;
      out.push({
        severity: withQdevice ? ('warning' as const) : ('error' as const),
        message: withQdevice
          ? `cluster ${c.name} has 2 nodes and relies on a QDevice for quorum`
          : `cluster ${c.name} has ${n} node${n === 1 ? '' : 's'}${c.qdevice ? ' (a QDevice does not make up for that)' : ''}`,
        targets: [t.cluster(c)],
      });
    }
    return out;
  },
};
