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
    const declared = new Set<string>();
    for (let i = 0; i < design.networks.length; i++)
      if (design.networks[i]!.latencyMs !== undefined) declared.add(design.networks[i]!.id);
    if (declared.size === 0) return [];
    // A network carries corosync when a node has a corosync link on it, whatever its role
    // (a second link over the management network counts too).
    const nodesOn = new Map<string, number>();
    const attachments = topo.attachments;
    for (let i = 0; i < attachments.length; i++) {
      const { attachment } = attachments[i]!;
      if (attachment.corosync && declared.has(attachment.network))
        nodesOn.set(attachment.network, 0);
    }
    if (nodesOn.size === 0) return [];
    for (let c = 0; c < design.clusters.length; c++) {
      const { nodes } = design.clusters[c]!;
      for (let n = 0; n < nodes.length; n++) {
        const node = topo.device(nodes[n]!);
        const attached = node ? topo.attachmentsOf(node) : [];
        for (let k = 0; k < attached.length; k++) {
          const network = attached[k]!.network.id;
          const largest = nodesOn.get(network);
          if (largest !== undefined && largest < nodes.length) nodesOn.set(network, nodes.length);
        }
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
