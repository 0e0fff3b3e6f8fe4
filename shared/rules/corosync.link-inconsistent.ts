import type { Device, Network } from '../model';
import type { ClusterNodes } from './clusters';
import { clusterNodes } from './clusters';
import type { CorosyncLink } from './corosync';
import { corosyncNodes } from './corosync';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

/**
 * Every node has the same link numbers, each on the same network and at the same priority as on
 * the first node: what one cluster-wide corosync.conf can say.
 */
function sameLinksEverywhere(linksPerNode: ReadonlyArray<readonly CorosyncLink[]>): boolean {
  const first = linksPerNode[0];
  for (let i = 1; i < linksPerNode.length; i++) {
    const links = linksPerNode[i]!;
    if (links.length !== first!.length) return false;
    for (let j = 0; j < links.length; j++) if (!sameLinkIn(first!, links[j]!)) return false;
  }
  return true;
}

/** The list has a link with this one's number, on its network, at its priority. */
function sameLinkIn(links: readonly CorosyncLink[], l: CorosyncLink): boolean {
  for (let i = 0; i < links.length; i++) {
    const other = links[i]!;
    if (other.link === l.link && other.network === l.network && other.priority === l.priority)
      return true;
  }
  return false;
}

/** Adds a node's name to the list kept under a key. */
function addTo<K>(groups: Map<K, string[]>, key: K, name: string) {
  const names = groups.get(key);
  if (names) names.push(name);
  else groups.set(key, [name]);
}

/** How one link number differs across the nodes of a cluster: missing, networks, priorities. */
function linkFindings(
  { cluster }: ClusterNodes,
  link: number,
  nodes: readonly Device[],
  linksOf: ReadonlyMap<Device, readonly CorosyncLink[]>,
  name: (d: Device) => string,
): RawFinding[] {
  const out: RawFinding[] = [];
  const without: string[] = [];
  const networks = new Map<Network, string[]>();
  const priorities = new Map<number, string[]>();
  const withLink: Device[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const on = linksOf.get(node)!.find((l) => l.link === link);
    if (!on) {
      without.push(name(node));
      continue;
    }
    withLink.push(node);
    addTo(networks, on.network, name(node));
    addTo(priorities, on.priority, name(node));
  }
  const label = `corosync link ${link} of cluster ${cluster.name}`;
  if (without.length > 0)
    out.push({
      message: `${label} is missing on ${without.join(', ')}`,
      targets: [t.cluster(cluster)],
    });
  if (networks.size > 1)
    out.push({
      message: `${label} rides on different networks: ${[...networks].map(([n, hosts]) => `${n.name} on ${hosts.join(', ')}`).join('; ')}`,
      targets: [t.cluster(cluster), ...[...networks.keys()].map(t.network)],
    });
  // corosync.conf sets a link's priority once, in the totem interface section of its link
  // number, for every node: per-node priorities cannot be deployed.
  if (priorities.size > 1)
    out.push({
      message: `${label} has different priorities: ${[...priorities].map(([p, hosts]) => `${p} on ${hosts.join(', ')}`).join('; ')}`,
      targets: [
        t.cluster(cluster),
        ...[...networks.keys()].map(t.network),
        ...withLink.map(t.device),
      ],
      hint: `Give link ${link} one priority on every node: corosync.conf holds a single knet_link_priority per link for the whole cluster.`,
    });
  return out;
}

export const corosyncLinkInconsistent: Rule = {
  id: 'corosync.link-inconsistent',
  severity: 'warning',
  title: 'Corosync links differ between nodes',
  why: 'knet link N joins every node of the cluster on one network at one priority: a node without link N, or with link N on another network, cannot use that link to reach the others, and a priority set per node cannot be deployed (corosync.conf holds one priority per link).',
  hint: 'Give every node the same corosync link numbers, each link on the same network and at the same priority on every node.',
  source:
    'Proxmox VE Administration Guide, "Corosync Redundancy" (a link number is the same on every node; a link\'s priority is knet_link_priority in its interface section of corosync.conf, or the priority given to pvecm create), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_redundancy',
  check({ topo }) {
    const out: RawFinding[] = [];
    const linksOf = new Map<Device, readonly CorosyncLink[]>();
    const corosync = corosyncNodes(topo);
    for (let i = 0; i < corosync.length; i++) linksOf.set(corosync[i]!.node, corosync[i]!.links);
    const clusters = clusterNodes(topo);
    for (let c = 0; c < clusters.length; c++) {
      // Nodes without any link are corosync.link-missing's.
      const withLinks = clusters[c]!.nodes.filter((n) => (linksOf.get(n)?.length ?? 0) > 0);
      if (sameLinksEverywhere(withLinks.map((n) => linksOf.get(n)!))) continue;
      const numbers = new Set(withLinks.flatMap((n) => linksOf.get(n)!.map((l) => l.link)));
      for (const link of [...numbers].sort((a, b) => a - b)) {
        const found = linkFindings(clusters[c]!, link, withLinks, linksOf, (d) => topo.name(d));
        for (let f = 0; f < found.length; f++) out.push(found[f]!);
      }
    }
    return out;
  },
};
