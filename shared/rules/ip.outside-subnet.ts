import { cidrOf } from './addresses';
import { addressInCidr } from '../topology';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const ipOutsideSubnet: Rule = {
  id: 'ip.outside-subnet',
  severity: 'error',
  title: 'Address outside its network',
  why: 'A node whose address is not in its network’s subnet cannot reach its neighbours; joining a cluster fails with "cannot use IP ..., not found on local node".',
  hint: 'Give the interface an address inside the network’s CIDR, or fix the CIDR.',
  source:
    'RFC 4632 section 3.1 (prefix notation: a network holds the addresses within its prefix); Proxmox VE Administration Guide, "Migration Network" (each node has exactly one IP in the network), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_migration_network',
  check({ topo }) {
    const out: RawFinding[] = [];
    for (let i = 0; i < topo.attachments.length; i++) {
      const { device, attachment, network } = topo.attachments[i]!;
      // A CIDR that does not parse says nothing about its addresses.
      const cidr = attachment.address ? cidrOf(topo, network) : null;
      if (!cidr || !attachment.address) continue;
      const inside = addressInCidr(attachment.address, cidr); // null: no address at all
      if (inside) continue;
      const what =
        inside === false
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
