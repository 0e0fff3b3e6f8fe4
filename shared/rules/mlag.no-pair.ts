import type { Rule } from './rule';
import { list, t } from './targets';

export const mlagNoPair: Rule = {
  id: 'mlag.no-pair',
  severity: 'warning',
  title: 'Core switches without an MLAG pair',
  why: 'Without MLAG there is no L2 redundancy across the core, only active/standby.',
  hint: 'Pair two core switches as an MLAG pair with a peer link.',
  source:
    'Linux kernel bonding documentation, "HA Bonding Mode Selection for Multiple Switch Topology" (across switches that do not act as one, only active-backup and broadcast work), https://docs.kernel.org/networking/bonding.html#ha-bonding-mode-selection-for-multiple-switch-topology; NVIDIA Cumulus Linux, MLAG, https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-2/Multi-Chassis-Link-Aggregation-MLAG/',
  check({ design, topo }) {
    const cores = design.devices.filter((d) => d.role === 'core-switch');
    if (cores.length < 2) return [];
    const coreIds = new Set(cores.map((d) => d.id));
    if (design.mlagPairs.some((p) => p.switches.every((s) => coreIds.has(s)))) return [];
    return [
      {
        message: `${cores.length} core switches (${list(cores.map((d) => topo.name(d)))}) and no MLAG pair among them`,
        targets: cores.map(t.device),
      },
    ];
  },
};
