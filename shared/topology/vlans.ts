import type { VlanConfig } from '../model';

export const MAX_VLAN = 4094;
const NO_VLANS: ReadonlySet<number> = new Set();
export const validVlan = (v: number) => Number.isInteger(v) && v >= 1 && v <= MAX_VLAN;

/** Does a switch port configuration let VLAN `vlan` through, tagged or untagged? */
export function carries(config: VlanConfig | undefined, vlan: number, tagged: boolean): boolean {
  if (!config) return false;
  if (!tagged) return config.untaggedVlan === vlan;
  if (config.mode === 'access') return false;
  return config.taggedVlans === 'all' || (config.taggedVlans ?? []).includes(vlan);
}

/**
 * How many distinct VLAN ids the configurations of these ports and LAGs (lists of them, e.g. a
 * switch's ports and its LAGs) put on a switch; a trunk allowing "all" carries every VLAN of the
 * design.
 */
export function countConfiguredVlans(
  configured: ReadonlyArray<ReadonlyArray<{ config?: VlanConfig | undefined }>>,
  designVlans: ReadonlySet<number>,
): number {
  // The VLANs named explicitly; "all" is counted below without listing the design's VLANs.
  const vlans = new Set<number>();
  let all = false;
  for (let l = 0; l < configured.length; l++) {
    const list = configured[l]!;
    for (let i = 0; i < list.length; i++) {
      const config = list[i]!.config;
      addConfiguredVlans(config, NO_VLANS, vlans); // "all" adds nothing to the explicit list
      if (config?.mode !== 'access' && config?.taggedVlans === 'all') all = true;
    }
  }
  if (!all) return vlans.size;
  // Every VLAN of the design, plus those named here that the design has nowhere else.
  let extra = 0;
  for (const vlan of vlans) if (!designVlans.has(vlan)) extra++;
  return designVlans.size + extra;
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
