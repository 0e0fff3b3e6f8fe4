import type { Address } from './addresses';
import { addresses } from './addresses';
import { canonicalIp } from './ip';
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
    const uses = new Map<string | number, Address[]>();
    for (const a of addresses(topo)) {
      const key = canonicalIp(a.ip, a.text);
      const list = uses.get(key);
      if (list) list.push(a);
      else uses.set(key, [a]);
    }
    const out = [];
    for (const list of uses.values()) {
      if (list.length < 2) continue;
      const where = list
        .map(
          (u) =>
            `${topo.name(u.device)} on ${topo.networks.get(u.attachment.network)?.name ?? u.attachment.network}`,
        )
        .join(', ');
      const devices = [...new Set(list.map((u) => u.device))];
      out.push({
        message: `${list[0]!.text} is used ${list.length} times (${where})`,
        targets: devices.map(t.device),
      });
    }
    return out;
  },
};
