import type { CorosyncLink } from './corosync';
import { corosyncNodes } from './corosync';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const corosyncNoRedundantLink: Rule = {
  id: 'corosync.no-redundant-link',
  severity: 'warning',
  title: 'Only one corosync link',
  why: 'A second corosync link (for example over the bond, at lower priority) carries heartbeats when the dedicated one fails.',
  hint: 'Add a second corosync link on another interface with a lower priority.',
  source:
    'Proxmox VE Administration Guide, "Corosync Redundancy" (more than one link, each on its own physical network), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_redundancy',
  check({ topo }) {
    const out: RawFinding[] = [];
    const nodes = corosyncNodes(topo);
    for (let i = 0; i < nodes.length; i++) {
      const { node, links } = nodes[i]!;
      if (!oneLinkNumber(links)) continue;
      const first = links[0]!;
      out.push({
        message: `${topo.name(node)} has only corosync link ${first.link}`,
        targets: [t.device(node), t.network(first.network)],
      });
    }
    return out;
  },
};

/** The links (at least one) all have the same link number. */
function oneLinkNumber(links: readonly CorosyncLink[]): boolean {
  for (let i = 1; i < links.length; i++) if (links[i]!.link !== links[0]!.link) return false;
  return links.length > 0;
}
