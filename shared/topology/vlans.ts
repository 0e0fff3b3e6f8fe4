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
  into: { add(vlan: number): unknown },
): void {
  if (!config) return;
  if (config.untaggedVlan !== undefined) into.add(config.untaggedVlan);
  if (config.mode === 'access') return;
  if (config.taggedVlans === 'all') for (const v of designVlans) into.add(v);
  else for (const v of config.taggedVlans ?? []) into.add(v);
}

/**
 * Distinct VLAN ids counted group by group (switch by switch) in one table stamped with the
 * group, instead of a Set per group: a validation counts VLANs on hundreds of switches.
 */
export class VlanTally {
  private readonly stamp = new Int32Array(MAX_VLAN + 1);
  private group = 0;
  /** Ids outside 0..4094 (an invalid design): rare, so a plain set. */
  private readonly outside = new Set<number>();
  size = 0;

  /** Starts counting the next group. */
  next(): void {
    this.group++;
    this.size = 0;
    if (this.outside.size > 0) this.outside.clear();
  }

  add(vlan: number): void {
    if (Number.isInteger(vlan) && vlan >= 0 && vlan <= MAX_VLAN) {
      if (this.stamp[vlan] === this.group) return;
      this.stamp[vlan] = this.group;
    } else {
      if (this.outside.has(vlan)) return;
      this.outside.add(vlan);
    }
    this.size++;
  }
}
