import type { VlanConfig } from '../model';

export const validVlan = (v: number) => Number.isInteger(v) && v >= 1 && v <= 4094;

/** Does a switch port configuration let VLAN `vlan` through, tagged or untagged? */
export function carries(config: VlanConfig | undefined, vlan: number, tagged: boolean): boolean {
  if (!config) return false;
  if (!tagged) return config.untaggedVlan === vlan;
  if (config.mode === 'access') return false;
  return config.taggedVlans === 'all' || (config.taggedVlans ?? []).includes(vlan);
}

/** VLAN ids a configuration puts on a port; "all" stands for every VLAN of the design. */
export function configuredVlans(
  config: VlanConfig | undefined,
  designVlans: ReadonlySet<number>,
): Iterable<number> {
  if (!config) return [];
  const out = new Set<number>();
  if (config.untaggedVlan !== undefined) out.add(config.untaggedVlan);
  if (config.mode !== 'access') {
    if (config.taggedVlans === 'all') for (const v of designVlans) out.add(v);
    else for (const v of config.taggedVlans ?? []) out.add(v);
  }
  return out;
}
