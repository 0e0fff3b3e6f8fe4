import type { CorosyncLink } from './corosync';
import { corosyncLinks } from './corosync';
import type { Rule } from './rule';
import { t } from './targets';

const sameLinkNumber = (links: readonly CorosyncLink[]) => {
  for (let i = 1; i < links.length; i++) if (links[i]!.link !== links[0]!.link) return false;
  return true;
};

export const corosyncNoRedundantLink: Rule = {
  id: 'corosync.no-redundant-link',
  severity: 'warning',
  title: 'Only one corosync link',
  why: 'A second corosync link (for example over the bond, at lower priority) carries heartbeats when the dedicated one fails.',
  hint: 'Add a second corosync link on another interface with a lower priority.',
  source: 'Domain brief §2 (redundant corosync links are fine), §5',
  check({ topo }) {
    const out = [];
    for (const links of corosyncLinks(topo)) {
      if (links.length === 0 || !sameLinkNumber(links)) continue;
      const node = links[0]!.node;
      out.push({
        message: `${topo.name(node)} has only corosync link ${links[0]!.link}`,
        targets: [t.device(node), t.network(links[0]!.network)],
      });
    }
    return out;
  },
};
