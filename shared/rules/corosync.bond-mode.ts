import type { Lag } from '../model';
import { lacpRateOf } from '../model';
import type { Topology } from '../topology';
import { corosyncNodes, linkName } from './corosync';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

const UNSUITABLE = new Set(['balance-rr', 'balance-xor', 'balance-tlb', 'balance-alb', 'static']);

/** Why LACP here is too slow for corosync: slow rate on the host bond or on a switch-side LAG. */
function slowLacp(topo: Topology, bond: Lag): string | null {
  if (bond.mode !== 'lacp') return null;
  if (lacpRateOf(bond) !== 'fast') return 'LACP without fast rate';
  const members = topo.membersOf(bond);
  for (let i = 0; i < members.length; i++) {
    const peer = topo.peerOf(members[i]!);
    const switchLag = peer === undefined ? undefined : topo.lagOfPort(peer);
    if (switchLag?.mode === 'lacp' && lacpRateOf(switchLag) !== 'fast')
      return `LACP whose switch-side LAG ${switchLag.name || switchLag.id} on ${topo.name(topo.deviceOf(peer!))} lacks fast rate`;
  }
  return null;
}

export const corosyncBondMode: Rule = {
  id: 'corosync.bond-mode',
  severity: 'warning',
  title: 'Corosync over an unsuitable bond',
  why: 'Load-balancing bond modes reorder or drop heartbeats on failover; LACP without fast rate takes up to 90 s to notice a dead leg, long enough to fence a node.',
  hint: 'Use LACP with fast rate, or active-backup, for bonds that carry corosync.',
  source:
    'Proxmox VE Administration Guide, "Corosync Over Bonds" (avoid balance-rr, balance-xor, balance-tlb and balance-alb; LACP with bond-lacp-rate fast on node and switch), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_corosync_over_bonds',
  check({ topo }) {
    const out: RawFinding[] = [];
    const nodes = corosyncNodes(topo);
    for (let i = 0; i < nodes.length; i++) {
      const { node, links } = nodes[i]!;
      for (let j = 0; j < links.length; j++) {
        const l = links[j]!;
        const lag = l.lag;
        if (!lag) continue;
        const bad = UNSUITABLE.has(lag.mode) ? `mode ${lag.mode}` : slowLacp(topo, lag);
        if (!bad) continue;
        out.push({
          message: `corosync ${linkName(l)} of ${topo.name(node)} rides on bond ${lag.name || lag.id} in ${bad}`,
          targets: [t.device(node), t.lag(lag)],
        });
      }
    }
    return out;
  },
};
