import { eachAddress } from './addresses';
import { canonicalIp, hostPart } from '../topology';
import type { ResolvedAttachment } from '../topology';
import type { Rule } from './rule';
import { t } from './targets';

export const ipDuplicate: Rule = {
  id: 'ip.duplicate',
  severity: 'error',
  title: 'Address used twice',
  why: 'Two interfaces with one address make both unreachable at random (ARP flapping).',
  hint: 'Give each interface its own address.',
  source: 'Domain brief §6',
  check({ topo }) {
    // IPv4 (nearly all addresses): sort the numbers and look for neighbours, instead of a map
    // entry per address. Anything else goes through a small map.
    const v4 = new Float64Array(topo.attachments.length);
    let n = 0;
    const other = new Map<string, ResolvedAttachment[]>();
    eachAddress(topo, (r, value, ip) => {
      if (value >= 0) v4[n++] = value;
      else {
        const key = String(canonicalIp(ip, r.attachment.address!));
        other.set(key, [...(other.get(key) ?? []), r]);
      }
    });
    const sorted = v4.subarray(0, n).sort();
    const repeated = new Set<number>();
    for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]!);
    const dups = new Map<string | number, ResolvedAttachment[]>();
    if (repeated.size > 0) {
      eachAddress(topo, (r, value) => {
        if (repeated.has(value)) dups.set(value, [...(dups.get(value) ?? []), r]);
      });
    }
    for (const [key, list] of other) if (list.length > 1) dups.set(key, list);
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
