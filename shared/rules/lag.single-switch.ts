import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const lagSingleSwitch: Rule = {
  id: 'lag.single-switch',
  severity: 'warning',
  title: 'Bond on one switch of an MLAG pair',
  why: 'With every leg on one switch, maintenance or failure of that switch cuts the host off although its MLAG peer is there to take over.',
  hint: 'Move one leg of the bond to the other switch of the pair.',
  source:
    'Proxmox VE Administration Guide, "Linux Bond" (run the bond cables to different switches to spread points of failure), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#sysadmin_network_bond; NVIDIA Cumulus Linux, MLAG, https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-2/Multi-Chassis-Link-Aggregation-MLAG/',
  check({ topo }) {
    const out: RawFinding[] = [];
    const bonds = topo.hostBonds();
    for (let i = 0; i < bonds.length; i++) {
      const bond = bonds[i]!;
      const legs = bond.cabled.length;
      // Two or more legs, all on one switch that has an MLAG peer to take the other leg.
      if (legs < 2 || bond.landed !== legs || bond.switches.length !== 1) continue;
      const only = bond.switches[0]!;
      if (!topo.inMlagPair(only)) continue;
      out.push({
        message: `all ${legs} legs of bond ${bond.lag.name || bond.lag.id} of ${topo.name(bond.host)} land on ${topo.name(only)}, one switch of an MLAG pair`,
        targets: [t.lag(bond.lag), t.device(bond.host), t.device(only)],
      });
    }
    return out;
  },
};
