import { addressKey, hostPart } from '../topology';
import type { ResolvedAttachment } from '../topology';
import type { Rule } from './rule';
import { t } from './targets';

export const ipDuplicate: Rule = {
  id: 'ip.duplicate',
  severity: 'error',
  title: 'Address used twice',
  why: 'Two interfaces with one address make both unreachable at random (ARP flapping).',
  hint: 'Give each interface its own address.',
  source:
    'RFC 5227 (IPv4 Address Conflict Detection); RFC 4862 section 5.4 (IPv6 Duplicate Address Detection)',
  check({ topo }) {
    // Who uses each address; lists are made only for an address used twice.
    const firstUser = new Map<string | number, ResolvedAttachment>();
    const dups = new Map<string | number, ResolvedAttachment[]>();
    for (let i = 0; i < topo.attachments.length; i++) {
      const r = topo.attachments[i]!;
      const address = r.attachment.address;
      if (!address) continue;
      const key = addressKey(address);
      const first = firstUser.get(key);
      if (!first) firstUser.set(key, r);
      else dups.set(key, [...(dups.get(key) ?? [first]), r]);
    }
    const out = [];
    for (const list of dups.values()) {
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
