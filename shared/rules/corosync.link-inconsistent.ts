import type { Device, Network } from '../model';
import { clusterNodes } from './clusters';
import type { CorosyncLink } from './corosync';
import { corosyncNodes } from './corosync';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

/** Every node has the same link numbers, each on the same network as on the first node. */
function sameLinksEverywhere(linksPerNode: ReadonlyArray<readonly CorosyncLink[]>): boolean {
  const first = linksPerNode[0];
  for (let i = 1; i < linksPerNode.length; i++) {
    const links = linksPerNode[i]!;
    if (links.length !== first!.length) return false;
    for (let j = 0; j < links.length; j++) if (!sameLinkIn(first!, links[j]!)) return false;
  }
  return true;
}

/** The list has a link with this one's number, on its network. */
function sameLinkIn(links: readonly CorosyncLink[], l: CorosyncLink): boolean {
  for (let i = 0; i < links.length; i++)
    if (links[i]!.link === l.link && links[i]!.network === l.network) return true;
  return false;
}

export const corosyncLinkInconsistent: Rule = {
  id: 'corosync.link-inconsistent',
  severity: 'warning',
  title: 'Corosync links differ between nodes',
  why: 'knet link N joins every node of the cluster on one network: a node without link N, or with link N on another network, cannot use that link to reach the others.',
  hint: 'Give every node the same corosync link numbers, each link on the same network on every node.',
  source:
    'Proxmox VE Administration Guide, "Corosync Redundancy" (a link number is the same on every node; links with different priorities cannot communicate), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_redundancy',
  check({ topo }) {
    const out: RawFinding[] = [];
    const linksOf = new Map<Device, readonly CorosyncLink[]>();
    const corosync = corosyncNodes(topo);
    for (let i = 0; i < corosync.length; i++) linksOf.set(corosync[i]!.node, corosync[i]!.links);
    for (const { cluster, nodes } of clusterNodes(topo)) {
      // Which network each link number rides on, per node (nodes without any link are
      // corosync.link-missing's).
      const withLinks = nodes.filter((n) => (linksOf.get(n)?.length ?? 0) > 0);
      if (sameLinksEverywhere(withLinks.map((n) => linksOf.get(n)!))) continue;
      const numbers = new Set(withLinks.flatMap((n) => linksOf.get(n)!.map((l) => l.link)));
      for (const link of [...numbers].sort((a, b) => a - b)) {
        const networks = new Map<Network, string[]>();
        const without: string[] = [];
        for (const node of withLinks) {
          const on = linksOf.get(node)!.find((l) => l.link === link);
          if (!on) without.push(topo.name(node));
          else networks.set(on.network, [...(networks.get(on.network) ?? []), topo.name(node)]);
        }
        if (without.length > 0)
          out.push({
            message: `corosync link ${link} of cluster ${cluster.name} is missing on ${without.join(', ')}`,
            targets: [t.cluster(cluster)],
          });
        if (networks.size > 1)
          out.push({
            message: `corosync link ${link} of cluster ${cluster.name} rides on different networks: ${[...networks].map(([n, hosts]) => `${n.name} on ${hosts.join(', ')}`).join('; ')}`,
            targets: [t.cluster(cluster), ...[...networks.keys()].map(t.network)],
          });
      }
    }
    return out;
  },
};
