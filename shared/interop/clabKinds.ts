import type { Device } from '../model';

// The kinds alone, so the bridge contract and the app can name them without the YAML writer.
/**
 * containerlab kinds ClusterWire uses, as its topology schema names them
 * (srl-labs/containerlab schemas/clab.schema.json): Arista cEOS, NVIDIA Cumulus VX, and plain
 * Linux containers for servers, firewalls and other hosts. Cumulus VX is `nvidia_cumulusvx`
 * since containerlab 0.76; the older container kind `cumulus_cvx` is no longer in the schema.
 */
export const CLAB_KINDS = ['arista_ceos', 'nvidia_cumulusvx', 'linux'] as const;
export type ClabKind = (typeof CLAB_KINDS)[number];

const SWITCH_ROLES = new Set(['core-switch', 'mgmt-switch']);

/** A switch of the design (core or management). */
export function isSwitch(device: Device): boolean {
  return SWITCH_ROLES.has(device.role);
}

/**
 * The containerlab kind that runs a switch's own operating system: cEOS for EOS, Cumulus VX for
 * Cumulus (NVUE), by the platform chosen on the device or its model's, else by its maker. None
 * for a switch whose platform has no containerlab image (HPE Aruba, MikroTik, a generic model):
 * a cEOS node would pretend to be a switch the design does not have.
 */
export function switchImageKind(device: Device): Exclude<ClabKind, 'linux'> | undefined {
  if (!isSwitch(device)) return undefined;
  const platform = device.platform ?? device.model.platform;
  if (platform === 'eos') return 'arista_ceos';
  if (platform === 'nvue') return 'nvidia_cumulusvx';
  if (platform === 'none') return undefined;
  const maker = device.model.manufacturer;
  if (/nvidia|mellanox|cumulus/i.test(maker)) return 'nvidia_cumulusvx';
  if (/arista/i.test(maker)) return 'arista_ceos';
  return undefined;
}

/**
 * Which containerlab kind stands in for a device: its switch image, else a Linux container (a
 * switch without an image becomes a Linux bridge of its linked ports).
 */
export function clabKind(device: Device): ClabKind {
  return switchImageKind(device) ?? 'linux';
}
