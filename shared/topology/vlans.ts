import type { VlanConfig } from '../model';

export const MAX_VLAN = 4094;
export const validVlan = (v: number) => Number.isInteger(v) && v >= 1 && v <= MAX_VLAN;

/** Does a switch port configuration let VLAN `vlan` through, tagged or untagged? */
export function carries(config: VlanConfig | undefined, vlan: number, tagged: boolean): boolean {
  if (!config) return false;
  if (!tagged) return config.untaggedVlan === vlan;
  if (config.mode === 'access') return false;
  return config.taggedVlans === 'all' || (config.taggedVlans ?? []).includes(vlan);
}

/**
 * How many distinct VLAN ids these port and LAG configurations put on a switch; a trunk
 * allowing "all" carries every VLAN of the design.
 */
export function countConfiguredVlans(
  configs: Iterable<VlanConfig | undefined>,
  designVlans: ReadonlySet<number>,
): number {
  // The VLANs named explicitly; "all" is counted below without listing the design's VLANs.
  const vlans = new Set<number>();
  const noDesignVlans = new Set<number>(); // so "all" adds nothing to the explicit list
  let all = false;
  for (const config of configs) {
    addConfiguredVlans(config, noDesignVlans, vlans);
    if (config?.mode !== 'access' && config?.taggedVlans === 'all') all = true;
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
  if (config.taggedVlans === 'all') for (const vlan of designVlans) into.add(vlan);
  else for (const vlan of config.taggedVlans ?? []) into.add(vlan);
}
