import type { Cidr } from './ip';
import { addresses } from './addresses';
import { inCidr, parseCidr } from './ip';
import type { Rule } from './rule';
import { t } from './targets';

export const ipOutsideSubnet: Rule = {
  id: 'ip.outside-subnet',
  severity: 'error',
  title: 'Address outside its network',
  why: 'A node whose address is not in its network’s subnet cannot reach its neighbours; joining a cluster fails with "cannot use IP ..., not found on local node".',
  hint: 'Give the interface an address inside the network’s CIDR, or fix the CIDR.',
  source: 'Domain brief §5 (cluster IP must be on one of the node’s interfaces)',
  check({ design, topo }) {
    const cidrs = new Map<string, Cidr | null>();
    for (const n of design.networks)
      cidrs.set(n.id, n.cidr === undefined ? null : parseCidr(n.cidr));
    const out = [];
    for (const { device, attachment, ip } of addresses(topo)) {
      const network = topo.networks.get(attachment.network);
      const cidr = cidrs.get(attachment.network);
      if (!network || !cidr || (ip && inCidr(ip, cidr))) continue;
      const what = ip
        ? `is outside ${network.name} (${network.cidr})`
        : `is not a valid address (network ${network.name})`;
      out.push({
        message: `${topo.name(device)}: ${attachment.address} ${what}`,
        targets: [t.device(device), t.network(network)],
      });
    }
    return out;
  },
};
