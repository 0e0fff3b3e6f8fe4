import { eachHostBond } from './bonds';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const lagSingleSwitch: Rule = {
  id: 'lag.single-switch',
  severity: 'warning',
  title: 'Bond on one switch of an MLAG pair',
  why: 'With every leg on one switch, maintenance or failure of that switch cuts the host off although its MLAG peer is there to take over.',
  hint: 'Move one leg of the bond to the other switch of the pair.',
  source: 'Domain brief §2 (one leg to each core switch)',
  check({ topo }) {
    const out: RawFinding[] = [];
    eachHostBond(topo, (bond) => {
      if (bond.cabledMembers < 2 || bond.landed !== bond.cabledMembers || bond.switchCount !== 1)
        return;
      const only = bond.first!;
      if (!topo.inMlagPair(only.id)) return;
      out.push({
        message: `all ${bond.cabledMembers} legs of bond ${bond.lag.name || bond.lag.id} of ${topo.name(bond.host)} land on ${topo.name(only)}, one switch of an MLAG pair`,
        targets: [t.lag(bond.lag), t.device(bond.host), t.device(only)],
      });
    });
    return out;
  },
};
