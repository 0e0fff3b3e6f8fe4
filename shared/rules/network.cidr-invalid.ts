import { hasHostBits, parseCidr } from '../topology';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const networkCidrInvalid: Rule = {
  id: 'network.cidr-invalid',
  severity: 'error',
  title: 'Network CIDR that does not parse or has host bits set',
  why: 'A subnet written wrongly (a prefix over 32 or 128, an octet over 255, or an address with host bits where the network address belongs) cannot be configured as written, and every address check against it is meaningless.',
  hint: 'Write the network address and prefix, e.g. 10.10.60.0/24.',
  source:
    'RFC 4632 section 3.1 (IPv4 prefix notation, length 0-32), https://www.rfc-editor.org/rfc/rfc4632#section-3.1, and RFC 4291 section 2.3 (IPv6 prefix notation, length 0-128), https://www.rfc-editor.org/rfc/rfc4291#section-2.3; a network CIDR with host bits set names an address, not a network',
  check({ design }) {
    const out: RawFinding[] = [];
    for (const network of design.networks) {
      if (network.cidr === undefined) continue;
      const cidr = parseCidr(network.cidr);
      const problem = !cidr ? 'does not parse' : hasHostBits(cidr) ? 'has host bits set' : null;
      if (!problem) continue;
      out.push({
        message: `${network.name}: CIDR ${network.cidr} ${problem}`,
        targets: [t.network(network)],
      });
    }
    return out;
  },
};
