import type { Rule } from './rule';
import { t } from './targets';

export const domainLocal: Rule = {
  id: 'domain.local',
  severity: 'info',
  title: 'Domain ends in .local',
  why: '.local is reserved for mDNS and collides with it; use a domain the company owns, or .internal.',
  hint: 'Use a domain you own, or one under .internal.',
  source:
    'RFC 6762 section 3 (.local is the Multicast DNS domain), https://www.rfc-editor.org/rfc/rfc6762#section-3',
  check({ design }) {
    return design.clusters
      .filter((c) => /(^|\.)local\.?$/i.test(c.domain))
      .map((c) => ({
        message: `cluster ${c.name} uses domain "${c.domain}"`,
        targets: [t.cluster(c)],
      }));
  },
};
