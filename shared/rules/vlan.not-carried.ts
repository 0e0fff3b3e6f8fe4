import type { RawFinding, Rule } from './rule';
import { t } from './targets';
import { isHost } from '../topology';
import { carries } from '../topology';

export const vlanNotCarried: Rule = {
  id: 'vlan.not-carried',
  severity: 'error',
  title: 'Network not allowed on the switch port',
  why: 'A host’s traffic on a network reaches the switch only if that port (both legs of an MLAG bond) allows its VLAN, tagged, or untagged where the host sends it untagged.',
  hint: 'Allow the VLAN on the switch port or LAG (tagged or as untagged VLAN, to match the host).',
  source:
    'IEEE 802.1Q (a bridge port forwards a VLAN only if the VLAN is in its member set, tagged or untagged); Proxmox VE Administration Guide, "VLAN 802.1Q", https://pve.proxmox.com/pve-docs/pve-admin-guide.html#sysadmin_network_vlan',
  check({ topo }) {
    const out: RawFinding[] = [];
    const landings = topo.landings();
    for (let i = 0; i < landings.length; i++) {
      const { attachment, network, hostPort, switchPort } = landings[i]!;
      if (!isHost(topo.deviceOf(hostPort)) || network.vlan === undefined) continue;
      if (carries(topo.effectiveConfig(switchPort), network.vlan, attachment.tagged)) continue;
      out.push({
        message: `${network.name} (VLAN ${network.vlan}, ${attachment.tagged ? 'tagged' : 'untagged'}) from ${topo.portLabel(hostPort)} is not allowed on ${topo.portLabel(switchPort)}`,
        targets: [t.network(network), t.port(topo, hostPort), t.port(topo, switchPort)],
      });
    }
    return out;
  },
};
