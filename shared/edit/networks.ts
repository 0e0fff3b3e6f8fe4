import type { Design, VlanConfig } from '../model';

/** What deleting a network touches, so the user can be told before it happens. */
export interface NetworkUsage {
  name: string;
  vlan: number | undefined;
  /** Attachments (a network on a port or bond of a device), and on how many devices. */
  attachments: number;
  devices: number;
  /** MLAG pairs whose keepalive runs over it. */
  keepalives: number;
  /**
   * Switch ports and LAGs that name its VLAN, when no other network of the design has that VLAN
   * (otherwise the VLAN stays: someone else still uses it).
   */
  vlanConfigs: number;
}

function vlanConfigsOf(design: Design): VlanConfig[] {
  const out: VlanConfig[] = [];
  for (const d of design.devices) for (const p of d.ports) if (p.config) out.push(p.config);
  for (const l of design.lags) if (l.config) out.push(l.config);
  return out;
}

const names = (config: VlanConfig, vlan: number) =>
  config.untaggedVlan === vlan ||
  (Array.isArray(config.taggedVlans) && config.taggedVlans.includes(vlan));

/** The VLAN only this network uses, or undefined. */
function ownVlan(design: Design, networkId: string): number | undefined {
  const network = design.networks.find((n) => n.id === networkId);
  if (network?.vlan === undefined) return undefined;
  const shared = design.networks.some((n) => n.id !== networkId && n.vlan === network.vlan);
  return shared ? undefined : network.vlan;
}

export function networkUsage(design: Design, networkId: string): NetworkUsage | null {
  const network = design.networks.find((n) => n.id === networkId);
  if (!network) return null;
  let attachments = 0;
  let devices = 0;
  for (const d of design.devices) {
    const n = d.attachments.filter((a) => a.network === networkId).length;
    attachments += n;
    if (n > 0) devices++;
  }
  const vlan = ownVlan(design, networkId);
  return {
    name: network.name,
    vlan: network.vlan,
    attachments,
    devices,
    keepalives: design.mlagPairs.filter((p) => p.keepalive?.network === networkId).length,
    vlanConfigs:
      vlan === undefined ? 0 : vlanConfigsOf(design).filter((c) => names(c, vlan)).length,
  };
}

/**
 * Deletes a network with everything that names it: the attachments riding on it and the MLAG
 * keepalives over it. With `dropVlan`, its VLAN also leaves the switch ports and LAGs that
 * allow it (unless another network has the same VLAN); without, those stay as they are. Run
 * inside one edit, so it is one undo step.
 */
export function removeNetwork(
  design: Design,
  networkId: string,
  options: { dropVlan: boolean },
): void {
  if (!design.networks.some((n) => n.id === networkId)) return;
  const vlan = options.dropVlan ? ownVlan(design, networkId) : undefined;
  design.networks = design.networks.filter((n) => n.id !== networkId);
  for (const d of design.devices)
    d.attachments = d.attachments.filter((a) => a.network !== networkId);
  for (const pair of design.mlagPairs) {
    if (pair.keepalive?.network !== networkId) continue;
    delete pair.keepalive.network;
    if (pair.keepalive.cable === undefined) delete pair.keepalive;
  }
  if (vlan === undefined) return;
  for (const config of vlanConfigsOf(design)) {
    if (config.untaggedVlan === vlan) delete config.untaggedVlan;
    if (Array.isArray(config.taggedVlans))
      config.taggedVlans = config.taggedVlans.filter((v) => v !== vlan);
  }
}
