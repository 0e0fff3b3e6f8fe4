import type { Network, VlanConfig } from '../model';
import type { Rule } from './rule';
import type { Target } from './finding';
import { t } from './targets';
import { validVlan } from '../topology';
import { isSwitch } from '../topology';

const NONE: number[] = [];
const validOrUnset = (vlan: number | undefined) => vlan === undefined || validVlan(vlan);

/** The out-of-range VLAN ids a port or LAG configuration names (usually none: no list then). */
function invalidVlans(config: VlanConfig | undefined): number[] {
  if (!config) return NONE;
  const tagged = Array.isArray(config.taggedVlans) ? config.taggedVlans : NONE;
  if (validOrUnset(config.untaggedVlan) && tagged.every(validVlan)) return NONE;
  const named = config.untaggedVlan === undefined ? tagged : [config.untaggedVlan, ...tagged];
  return [...new Set(named)].filter((vlan) => !validVlan(vlan));
}

export const vlanInvalidId: Rule = {
  id: 'vlan.invalid-id',
  severity: 'error',
  title: 'Invalid or clashing VLAN id',
  why: 'VLAN ids run from 1 to 4094; two networks with one id on one switch are one broadcast domain.',
  hint: 'Use VLAN ids from 1 to 4094, unique per switch.',
  source:
    'IEEE 802.1Q (12-bit VLAN id: 0 and 4095 are reserved, 1-4094 usable; one id is one broadcast domain on a bridge)',
  check({ design, topo }) {
    const out: Array<{ message: string; targets: Target[] }> = [];
    const bad = (where: string, vlan: number, targets: Target[]) =>
      out.push({ message: `${where} uses VLAN ${vlan}, outside 1..4094`, targets });
    for (let i = 0; i < design.networks.length; i++) {
      const network = design.networks[i]!;
      if (network.vlan !== undefined && !validVlan(network.vlan))
        bad(`network ${network.name}`, network.vlan, [t.network(network)]);
    }
    for (let i = 0; i < topo.configuredPorts.length; i++) {
      const p = topo.configuredPorts[i]!;
      const invalid = invalidVlans(topo.portOf(p).config);
      if (invalid.length > 0)
        for (const vlan of invalid) bad(topo.portLabel(p), vlan, [t.port(topo, p)]);
    }
    for (let i = 0; i < design.lags.length; i++) {
      const lag = design.lags[i]!;
      const invalid = invalidVlans(lag.config);
      if (invalid.length > 0)
        for (const vlan of invalid) bad(`LAG ${lag.name || lag.id}`, vlan, [t.lag(lag)]);
    }

    // Networks a switch carries: those whose host attachments land on its ports. Two of them
    // with one VLAN id on one switch are one broadcast domain.
    for (let i = 0; i < design.devices.length; i++) {
      const device = design.devices[i]!;
      if (!isSwitch(device)) continue;
      const clashes = sameVlanGroups(topo.networksOn(device));
      if (clashes)
        clashes.forEach((nets, vlan) =>
          out.push({
            message: `${topo.name(device)} carries ${nets.map((n) => n.name).join(' and ')} with the same VLAN ${vlan}`,
            targets: [t.device(device), ...nets.map(t.network)],
          }),
        );
    }
    return out;
  },
};

/**
 * The networks sharing a VLAN id (valid ones: the others are reported above), by id; undefined
 * when none do, as on nearly every switch. A switch carries a handful of networks.
 */
function sameVlanGroups(networks: readonly Network[]): Map<number, Network[]> | undefined {
  let groups: Map<number, Network[]> | undefined;
  for (let i = 0; i < networks.length; i++) {
    const vlan = networks[i]!.vlan;
    if (vlan === undefined || !validVlan(vlan) || firstWithVlan(networks, vlan) !== i) continue;
    for (let j = i + 1; j < networks.length; j++) {
      if (networks[j]!.vlan !== vlan) continue;
      groups ??= new Map();
      const group = groups.get(vlan) ?? [networks[i]!];
      group.push(networks[j]!);
      groups.set(vlan, group);
    }
  }
  return groups;
}

function firstWithVlan(networks: readonly Network[], vlan: number): number {
  for (let i = 0; i < networks.length; i++) if (networks[i]!.vlan === vlan) return i;
  return -1;
}
