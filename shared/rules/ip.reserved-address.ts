import { cidrOf } from './addresses';
import { reservedRole } from '../topology';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const ipReservedAddress: Rule = {
  id: 'ip.reserved-address',
  severity: 'error',
  title: 'Host address is the subnet’s network or broadcast address',
  why: 'The first and last address of an IPv4 subnet name the network and its broadcast; a host configured with one is unreachable or answers every broadcast.',
  hint: 'Give the host an address between the network and broadcast addresses.',
  source:
    'RFC 1122 section 3.2.1.3 (host numbers of all zeros or all ones are not host addresses), https://www.rfc-editor.org/rfc/rfc1122#section-3.2.1.3; RFC 3021 (31-bit prefixes on point-to-point links), https://www.rfc-editor.org/rfc/rfc3021',
  check({ topo }) {
    const out: RawFinding[] = [];
    for (let i = 0; i < topo.attachments.length; i++) {
      const { device, attachment, network } = topo.attachments[i]!;
      const cidr = attachment.address ? cidrOf(topo, network) : null;
      const role = cidr && attachment.address ? reservedRole(attachment.address, cidr) : undefined;
      if (!role) continue;
      out.push({
        message: `${topo.name(device)}: ${attachment.address} is the ${role} address of ${network.name} (${network.cidr})`,
        targets: [t.device(device), t.network(network)],
      });
    }
    return out;
  },
};
