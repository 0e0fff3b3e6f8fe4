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

/** Which containerlab kind stands in for a device. */
export function clabKind(device: Device): ClabKind {
  if (!SWITCH_ROLES.has(device.role)) return 'linux';
  return /nvidia|mellanox|cumulus/i.test(device.model.manufacturer)
    ? 'nvidia_cumulusvx'
    : 'arista_ceos';
}
