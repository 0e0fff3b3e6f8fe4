import type { Network } from '../model';
import type { Cidr } from './ip';
import { eachAddress } from './addresses';
import { inCidr, inCidrV4, parseCidr } from './ip';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const ipOutsideSubnet: Rule = {
  id: 'ip.outside-subnet',
  severity: 'error',
  title: 'Address outside its network',
  why: 'A node whose address is not in its network’s subnet cannot reach its neighbours; joining a cluster fails with "cannot use IP ..., not found on local node".',
  hint: 'Give the interface an address inside the network’s CIDR, or fix the CIDR.',
  source: 'Domain brief §5 (cluster IP must be on one of the node’s interfaces)',
  check({ design, topo }) {
    const cidrs = new Map<Network, Cidr | null>();
    for (const n of design.networks) cidrs.set(n, n.cidr === undefined ? null : parseCidr(n.cidr));
    const out: RawFinding[] = [];
    eachAddress(topo, ({ device, attachment, network }, v4, ip) => {
      const cidr = cidrs.get(network);
      if (!cidr) return;
      if (v4 >= 0 ? inCidrV4(v4, cidr) : ip !== null && inCidr(ip, cidr)) return;
      const what =
        v4 >= 0 || ip
          ? `is outside ${network.name} (${network.cidr})`
          : `is not a valid address (network ${network.name})`;
      out.push({
        message: `${topo.name(device)}: ${attachment.address} ${what}`,
        targets: [t.device(device), t.network(network)],
      });
    });
    return out;
  },
};
