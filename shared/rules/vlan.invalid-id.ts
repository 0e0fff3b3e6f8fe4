import type { Network, VlanConfig } from '../model';
import type { Target } from './finding';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';
import { isSwitch, validVlan } from '../topology';

export const vlanInvalidId: Rule = {
  id: 'vlan.invalid-id',
  severity: 'error',
  title: 'Invalid or clashing VLAN id',
  why: 'VLAN ids run from 1 to 4094; two networks with one id on one switch are one broadcast domain.',
  hint: 'Use VLAN ids from 1 to 4094, unique per switch.',
  source:
    'IEEE 802.1Q, Bridges and Bridged Networks (12-bit VLAN id: 0 and 4095 are reserved, 1-4094 usable; one id is one broadcast domain on a bridge), https://standards.ieee.org/ieee/802.1Q/10323/',
  check({ design, topo }) {
    const out: RawFinding[] = [];
    // Every VLAN id a network, a port or a LAG names runs from 1 to 4094.
    for (let i = 0; i < design.networks.length; i++) {
      const network = design.networks[i]!;
      if (network.vlan !== undefined && !validVlan(network.vlan))
        out.push(outsideRange(`network ${network.name}`, network.vlan, t.network(network)));
    }
    for (let i = 0; i < topo.configuredPorts.length; i++) {
      const p = topo.configuredPorts[i]!;
      const config = topo.portOf(p).config;
      if (config && namesInvalidVlan(config))
        for (const vlan of invalidVlans(config))
          out.push(outsideRange(topo.portLabel(p), vlan, t.port(topo, p)));
    }
    for (let i = 0; i < design.lags.length; i++) {
      const lag = design.lags[i]!;
      if (lag.config && namesInvalidVlan(lag.config))
        for (const vlan of invalidVlans(lag.config))
          out.push(outsideRange(`LAG ${lag.name || lag.id}`, vlan, t.lag(lag)));
    }
    // Each switch carries one network per VLAN id: the networks whose host attachments land on
    // its ports.
    for (let i = 0; i < design.devices.length; i++) {
      const device = design.devices[i]!;
      if (!isSwitch(device)) continue;
      const carried = topo.networksOn(device);
      if (!sharesVlan(carried)) continue;
      for (const [vlan, networks] of networksByVlan(carried)) {
        if (networks.length < 2) continue;
        out.push({
          message: `${topo.name(device)} carries ${networks.map((n) => n.name).join(' and ')} with the same VLAN ${vlan}`,
          targets: [t.device(device), ...networks.map(t.network)],
        });
      }
    }
    return out;
  },
};

const outsideRange = (where: string, vlan: number, target: Target): RawFinding => ({
  message: `${where} uses VLAN ${vlan}, outside 1..4094`,
  targets: [target],
});

/** The configuration names a VLAN id outside 1..4094 (few do: those are listed then). */
function namesInvalidVlan(config: VlanConfig): boolean {
  const tagged = config.taggedVlans;
  const untagged = config.untaggedVlan;
  return (
    (untagged !== undefined && !validVlan(untagged)) ||
    (Array.isArray(tagged) && !tagged.every(validVlan))
  );
}

/** The VLAN ids outside 1..4094 that a port or LAG configuration names, each once. */
function invalidVlans(config: VlanConfig): number[] {
  const named = Array.isArray(config.taggedVlans) ? [...config.taggedVlans] : [];
  if (config.untaggedVlan !== undefined) named.unshift(config.untaggedVlan);
  return [...new Set(named)].filter((vlan) => !validVlan(vlan));
}

/** Two of the networks have the same valid VLAN id (rare: those are grouped then). */
function sharesVlan(networks: readonly Network[]): boolean {
  for (let i = 0; i < networks.length; i++) {
    const vlan = networks[i]!.vlan;
    if (vlan === undefined || !validVlan(vlan)) continue;
    for (let j = i + 1; j < networks.length; j++) if (networks[j]!.vlan === vlan) return true;
  }
  return false;
}

/** The networks by VLAN id, for the valid ids (the others are reported on their own). */
function networksByVlan(networks: readonly Network[]): Map<number, Network[]> {
  const byVlan = new Map<number, Network[]>();
  for (const network of networks) {
    if (network.vlan === undefined || !validVlan(network.vlan)) continue;
    const same = byVlan.get(network.vlan);
    if (same) same.push(network);
    else byVlan.set(network.vlan, [network]);
  }
  return byVlan;
}
