import type { RawFinding, Rule } from './rule';
import { isAggregating } from './traffic';
import { list, t } from './targets';

export const lagSplitWithoutMlag: Rule = {
  id: 'lag.split-without-mlag',
  severity: 'error',
  title: 'Bond split across switches that are not an MLAG pair',
  why: 'An LACP bond can span two switches only when they act as one (MLAG); otherwise the bond does not form or loops.',
  hint: 'Land the bond on the two switches of one MLAG pair, or on a single switch.',
  source:
    'Linux kernel bonding documentation, "HA Bonding Mode Selection for Multiple Switch Topology" (aggregating modes need all links on the same peer) and "Switch Configuration", https://docs.kernel.org/networking/bonding.html#ha-bonding-mode-selection-for-multiple-switch-topology',
  check({ topo }) {
    const out: RawFinding[] = [];
    const bonds = topo.hostBonds();
    for (let i = 0; i < bonds.length; i++) {
      const bond = bonds[i]!;
      const { switches } = bond;
      // active-backup and the balance-tlb/alb modes are meant to span independent switches.
      if (switches.length < 2 || !isAggregating(bond.lag)) continue;
      if (switches.length === 2 && topo.isMlagPair(switches[0]!, switches[1]!)) continue;
      out.push({
        message: `bond ${bond.lag.name || bond.lag.id} of ${topo.name(bond.host)} lands on ${list(switches.map((d) => topo.name(d)))}, which are not an MLAG pair`,
        targets: [t.lag(bond.lag), t.device(bond.host), ...switches.map(t.device)],
      });
    }
    return out;
  },
};
