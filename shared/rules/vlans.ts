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

/** Adds the VLAN ids a configuration puts on a port to `into`; "all" is every VLAN of the design. */
export function addConfiguredVlans(
  config: VlanConfig | undefined,
  designVlans: ReadonlySet<number>,
  into: Set<number>,
): void {
  if (!config) return;
  if (config.untaggedVlan !== undefined) into.add(config.untaggedVlan);
  if (config.mode === 'access') return;
  if (config.taggedVlans === 'all') for (const v of designVlans) into.add(v);
  else for (const v of config.taggedVlans ?? []) into.add(v);
}
