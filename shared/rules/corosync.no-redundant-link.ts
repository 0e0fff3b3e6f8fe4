import { eachCorosyncNode } from './corosync';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const corosyncNoRedundantLink: Rule = {
  id: 'corosync.no-redundant-link',
  severity: 'warning',
  title: 'Only one corosync link',
  why: 'A second corosync link (for example over the bond, at lower priority) carries heartbeats when the dedicated one fails.',
  hint: 'Add a second corosync link on another interface with a lower priority.',
  source: 'Domain brief §2 (redundant corosync links are fine), §5',
  check({ topo }) {
    const out: RawFinding[] = [];
    eachCorosyncNode(topo, (links) => {
      if (links.length === 0) return;
      if (!links.sameLinkNumber()) return;
      const first = links.at(0);
      out.push({
        message: `${topo.name(first.node)} has only corosync link ${first.link}`,
        targets: [t.device(first.node), t.network(first.network)],
      });
    });
    return out;
  },
};
