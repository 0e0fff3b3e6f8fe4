import type { VlanConfig } from '../model';

export const MAX_VLAN = 4094;
export const validVlan = (v: number) => Number.isInteger(v) && v >= 1 && v <= MAX_VLAN;

/** Does a switch port configuration let VLAN `vlan` through, tagged or untagged? */
export function carries(config: VlanConfig | undefined, vlan: number, tagged: boolean): boolean {
  if (!config) return false;
  if (!tagged) return config.untaggedVlan === vlan;
  if (config.mode === 'access') return false;
  const allowed = config.taggedVlans;
  return allowed === 'all' || (allowed !== undefined && allowed.includes(vlan));
}

/** Per VLAN id (0..4095), the `countConfiguredVlans` call that last counted it. */
const countedBy = new Uint32Array(MAX_VLAN + 2);
let countCalls = 0;

/**
 * How many distinct VLAN ids the configurations of these ports and LAGs (lists of them, e.g. a
 * switch's ports and its LAGs) put on a switch; a trunk allowing "all" carries every VLAN of the
 * design.
 */
export function countConfiguredVlans(
  configured: ReadonlyArray<ReadonlyArray<{ config?: VlanConfig | undefined }>>,
  designVlans: ReadonlySet<number>,
): number {
  // Ids are marked in a table by id rather than gathered in a set per switch, which grew and
  // was copied for each of a large design's hundreds of switches; ids outside the table (which
  // vlan.invalid-id reports) go to a set.
  const call = ++countCalls;
  let named = 0; // distinct ids the configurations name
  let unknown = 0; // of those, the ones the design has nowhere else
  let outside: Set<number> | undefined;
  let all = false;
  const count = (vlan: number) => {
    if (Number.isInteger(vlan) && vlan >= 0 && vlan < countedBy.length) {
      if (countedBy[vlan] === call) return;
      countedBy[vlan] = call;
    } else {
      if (outside?.has(vlan)) return;
      (outside ??= new Set()).add(vlan);
    }
    named++;
    if (!designVlans.has(vlan)) unknown++;
  };
  for (let l = 0; l < configured.length; l++) {
    const list = configured[l]!;
    for (let i = 0; i < list.length; i++) {
      const config = list[i]!.config;
      if (!config) continue;
      if (config.untaggedVlan !== undefined) count(config.untaggedVlan);
      if (config.mode === 'access') continue;
      const tagged = config.taggedVlans;
      if (tagged === 'all') all = true;
      else if (tagged) for (let k = 0; k < tagged.length; k++) count(tagged[k]!);
    }
  }
  // "all": every VLAN of the design, plus those named here that the design has nowhere else.
  return all ? designVlans.size + unknown : named;
}

/** The VLAN ids a port or LAG configuration lets through; "all" is every VLAN of the design. */
export function configuredVlanIds(
  config: VlanConfig | undefined,
  designVlans: ReadonlySet<number>,
): Set<number> {
  const vlans = new Set<number>();
  addConfiguredVlans(config, designVlans, vlans);
  return vlans;
}

/** Adds the VLAN ids a configuration lets through to `into`. */
export function addConfiguredVlans(
  config: VlanConfig | undefined,
  designVlans: ReadonlySet<number>,
  into: Set<number>,
): void {
  if (!config) return;
  if (config.untaggedVlan !== undefined) into.add(config.untaggedVlan);
  if (config.mode === 'access') return;
  if (config.taggedVlans === 'all') designVlans.forEach((vlan) => into.add(vlan));
  else if (config.taggedVlans)
    for (let i = 0; i < config.taggedVlans.length; i++) into.add(config.taggedVlans[i]!);
}
