import { hostPart, sameAddressGroups } from '../topology';
import type { ResolvedAttachment } from '../topology';
import type { Rule } from './rule';
import { t } from './targets';

const addressOf = (r: ResolvedAttachment) => r.attachment.address;

export const ipDuplicate: Rule = {
  id: 'ip.duplicate',
  severity: 'error',
  title: 'Address used twice',
  why: 'Two interfaces with one address make both unreachable at random (ARP flapping).',
  hint: 'Give each interface its own address.',
  source:
    'RFC 5227 (IPv4 Address Conflict Detection), https://www.rfc-editor.org/rfc/rfc5227; RFC 4862 section 5.4 (IPv6 Duplicate Address Detection), https://www.rfc-editor.org/rfc/rfc4862#section-5.4',
  check({ topo }) {
    const sameAddress = sameAddressGroups(topo.attachments, addressOf);
    const out = [];
    for (let i = 0; i < sameAddress.length; i++) {
      const list = sameAddress[i]!;
      const where = list
        .map(
          (u) =>
            `${topo.name(u.device)} on ${topo.network(u.attachment.network)?.name ?? u.attachment.network}`,
        )
        .join(', ');
      const devices = [...new Set(list.map((u) => u.device))];
      out.push({
        message: `${hostPart(list[0]!.attachment.address!)} is used ${list.length} times (${where})`,
        targets: devices.map(t.device),
      });
    }
    return out;
  },
};
