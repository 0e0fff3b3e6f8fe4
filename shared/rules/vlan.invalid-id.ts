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
    // Per switch, the first network seen with each VLAN id; another one with that id is a clash.
    const firstWithVlan = new Map<number, Network>();
    const clashes = new Map<number, Network[]>();
    for (let i = 0; i < design.devices.length; i++) {
      const device = design.devices[i]!;
      if (!isSwitch(device)) continue;
      firstWithVlan.clear();
      clashes.clear();
      const landings = topo.landingsOn(device);
      for (let j = 0; j < landings.length; j++) {
        const { network } = landings[j]!;
        const vlan = network.vlan;
        if (vlan === undefined || !validVlan(vlan)) continue; // out of range: reported above
        const first = firstWithVlan.get(vlan);
        if (!first) firstWithVlan.set(vlan, network);
        else if (first !== network) {
          const nets = clashes.get(vlan) ?? [first];
          if (!nets.includes(network)) nets.push(network);
          clashes.set(vlan, nets);
        }
      }
      if (clashes.size > 0)
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
