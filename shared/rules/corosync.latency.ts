import type { Severity } from './finding';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const corosyncLatency: Rule = {
  id: 'corosync.latency',
  severity: 'error',
  title: 'Corosync latency too high',
  why: 'Corosync needs < 5 ms between all nodes; above ~10 ms with more than 3 nodes it is unlikely to be stable.',
  hint: 'Keep cluster nodes on a low-latency network (one site, one switch fabric).',
  source:
    'Proxmox VE Administration Guide, "Network Requirements" (under 5 ms between all nodes; above about 10 ms unlikely to work with more than three nodes), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_cluster_network_requirements',
  check({ design, topo, thresholds }) {
    // Only corosync networks declaring a latency are judged (few, often none), each by the
    // largest cluster using it: the stricter limit applies.
    // A network carries corosync when a node has a corosync link on it, whatever its role
    // (a second link over the management network counts too).
    const carriesCorosync = new Set<string>();
    for (const d of design.devices)
      for (const a of d.attachments) if (a.corosync) carriesCorosync.add(a.network);
    const nodesOn = new Map<string, number>();
    for (const n of design.networks)
      if (carriesCorosync.has(n.id) && n.latencyMs !== undefined) nodesOn.set(n.id, 0);
    if (nodesOn.size === 0) return [];
    for (const cluster of design.clusters) {
      const size = cluster.nodes.length;
      for (const id of cluster.nodes)
        for (const a of topo.device(id)?.attachments ?? []) {
          const largest = nodesOn.get(a.network);
          if (largest !== undefined && largest < size) nodesOn.set(a.network, size);
        }
    }
    const out: RawFinding[] = [];
    for (const network of design.networks) {
      const latency = network.latencyMs;
      const nodes = nodesOn.get(network.id);
      // 0: declared, but no cluster node is attached to it.
      if (latency === undefined || !nodes) continue;
      // Up to 3 nodes: warning above 5 ms, error above 10 ms. More nodes: error above 5 ms.
      const small = nodes <= thresholds.corosyncSmallClusterNodes;
      const errorAbove = small
        ? thresholds.corosyncLatencyErrorMs
        : thresholds.corosyncLatencyWarnMs;
      let severity: Severity | null = null;
      if (latency > errorAbove) severity = 'error';
      else if (latency > thresholds.corosyncLatencyWarnMs) severity = 'warning';
      if (!severity) continue;
      const limit = severity === 'error' ? errorAbove : thresholds.corosyncLatencyWarnMs;
      out.push({
        severity,
        message: `${network.name} declares ${latency} ms latency, above ${limit} ms for a cluster of ${nodes} nodes`,
        targets: [t.network(network)],
      });
    }
    return out;
  },
};
