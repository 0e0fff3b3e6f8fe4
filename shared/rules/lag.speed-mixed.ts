import { portKey } from '../model';
import type { PortIndex, Topology } from '../topology';
import type { Rule } from './rule';
import { isAggregating } from './traffic';
import { t } from './targets';

/** The cabled members of a LAG come up at different speeds. */
function mixesSpeeds(topo: Topology, members: readonly PortIndex[]): boolean {
  let first: number | null = null;
  for (let i = 0; i < members.length; i++) {
    const speed = topo.portSpeed(members[i]!);
    if (speed === null) continue;
    if (first === null) first = speed;
    else if (speed !== first) return true;
  }
  return false;
}

export const lagSpeedMixed: Rule = {
  id: 'lag.speed-mixed',
  severity: 'error',
  title: 'LAG members at different speeds',
  why: 'LACP bundles only links of the same speed; a member at another speed stays out of the bond.',
  hint: 'Cable all members of the LAG at the same speed.',
  source:
    'Proxmox VE Administration Guide, "Linux Bond" (802.3ad groups share speed and duplex), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#sysadmin_network_bond; Linux kernel bonding documentation (802.3ad members run at one speed, balance-tlb and balance-alb may differ), https://docs.kernel.org/networking/bonding.html#mt-bonding-mode-selection-for-single-switch-topology',
  check({ design, topo }) {
    const out = [];
    for (let i = 0; i < design.lags.length; i++) {
      const lag = design.lags[i]!;
      // active-backup, balance-tlb and balance-alb may mix: a 25G primary with a 10G standby.
      if (!isAggregating(lag)) continue;
      const members = topo.membersOf(lag);
      if (!mixesSpeeds(topo, members)) continue;
      // Member ports by the speed their cable comes up at (uncabled members do not count).
      const bySpeed = new Map<number, string[]>();
      for (const member of members) {
        const speed = topo.portSpeed(member);
        if (speed !== null)
          bySpeed.set(speed, [...(bySpeed.get(speed) ?? []), topo.portLabel(member)]);
      }
      const detail = [...bySpeed]
        .sort(([a], [b]) => a - b)
        .map(([s, ports]) => `${s}G: ${ports.join(', ')}`)
        .join('; ');
      out.push({
        message: `LAG ${lag.name || lag.id} mixes link speeds (${detail})`,
        targets: [
          t.lag(lag),
          ...lag.members.map((m) => ({ kind: 'port' as const, id: portKey(m) })),
        ],
      });
    }
    return out;
  },
};
