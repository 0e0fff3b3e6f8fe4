import type { Device, Lag, Port } from '../model';
import type { PortIndex, Topology } from '../topology';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

/** VM and Ceph traffic: the bonds whose loss takes guests or storage down. */
const CRITICAL = new Set(['vm', 'ceph-public', 'ceph-cluster']);

/** Service ports of the server on other cards than `card` that run at `speed`. */
function otherCardAt(server: Device, card: string, speed: number): boolean {
  for (let i = 0; i < server.ports.length; i++) {
    const p: Port = server.ports[i]!;
    if (p.role === 'service' && p.card !== undefined && p.card !== card && p.speeds.includes(speed))
      return true;
  }
  return false;
}

/** The card every one of these ports sits on, or undefined when they are not on one card. */
function commonCard(topo: Topology, ports: readonly PortIndex[]): string | undefined {
  const card = topo.portOf(ports[0]!).card;
  for (let i = 1; i < ports.length; i++) if (topo.portOf(ports[i]!).card !== card) return undefined;
  return card;
}

/** The bond carries VM or Ceph traffic. */
function carriesCritical(topo: Topology, host: Device, bond: Lag): boolean {
  const attachments = topo.attachmentsOf(host);
  for (let i = 0; i < attachments.length; i++) {
    const r = attachments[i]!;
    if (r.lag === bond && CRITICAL.has(r.network.role)) return true;
  }
  return false;
}

export const lagSingleCard: Rule = {
  id: 'lag.single-card',
  severity: 'warning',
  title: 'Bond on one NIC card while another card could take a leg',
  why: 'With every leg of the bond on one card, one card or driver failure cuts the bond, although the server has a second card of that speed to spread it over.',
  hint: 'Take one leg of the bond from each of the two cards (for example ens1f0 and ens2f0).',
  source:
    'ClusterWire heuristic: a bond whose members all sit on one NIC card is cut by one card failure; members spread over two cards of the bond speed remove that single point of failure. Proxmox VE Administration Guide, "Linux Bond" (bonding makes the network fault-tolerant), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#sysadmin_network_bond',
  check({ topo }) {
    const out: RawFinding[] = [];
    const bonds = topo.hostBonds();
    for (let i = 0; i < bonds.length; i++) {
      const { lag, host, cabled } = bonds[i]!;
      if (host.role !== 'server' || cabled.length < 2) continue;
      // Every cabled leg on one card, another card of the bond's speed, and VM or Ceph on it.
      const card = commonCard(topo, cabled);
      if (card === undefined) continue;
      const speed = topo.portSpeed(cabled[0]!);
      if (speed === null || !otherCardAt(host, card, speed)) continue;
      if (!carriesCritical(topo, host, lag)) continue;
      out.push({
        message: `every leg of bond ${lag.name || lag.id} of ${topo.name(host)} sits on card ${card}, while another card has ${speed}G ports`,
        targets: [t.lag(lag), t.device(host)],
      });
    }
    return out;
  },
};
