import { z } from 'zod';

/** NetBox interface type slugs (NetBox dcim/choices.py). */
export const PORT_TYPES = [
  '1000base-t',
  '10gbase-t',
  '1000base-x-sfp',
  '10gbase-x-sfpp',
  '25gbase-x-sfp28',
  '40gbase-x-qsfpp',
  '100gbase-x-qsfp28',
  'console',
  'bmc',
] as const;
export const PortType = z.enum(PORT_TYPES);
export type PortType = z.infer<typeof PortType>;

export const FORM_FACTORS = ['RJ45', 'SFP', 'SFP+', 'SFP28', 'QSFP+', 'QSFP28'] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];

/** Physical cage of each port type; console and BMC ports are RJ45 jacks. */
export const FORM_FACTOR_OF: Record<PortType, FormFactor> = {
  '1000base-t': 'RJ45',
  '10gbase-t': 'RJ45',
  '1000base-x-sfp': 'SFP',
  '10gbase-x-sfpp': 'SFP+',
  '25gbase-x-sfp28': 'SFP28',
  '40gbase-x-qsfpp': 'QSFP+',
  '100gbase-x-qsfp28': 'QSFP28',
  console: 'RJ45',
  bmc: 'RJ45',
};

/** Speeds (Gbps) a port of each type runs at unless its snapshot says otherwise. */
export const DEFAULT_SPEEDS: Record<PortType, number[]> = {
  '1000base-t': [1],
  '10gbase-t': [1, 10],
  '1000base-x-sfp': [1],
  '10gbase-x-sfpp': [1, 10],
  '25gbase-x-sfp28': [10, 25],
  '40gbase-x-qsfpp': [40],
  '100gbase-x-qsfp28': [40, 100],
  console: [],
  bmc: [1],
};

export const SFP_FAMILY: ReadonlySet<FormFactor> = new Set([
  'SFP',
  'SFP+',
  'SFP28',
  'QSFP+',
  'QSFP28',
]);

export const PortRole = z.enum(['service', 'mgmt', 'bmc', 'console', 'ha']);
export type PortRole = z.infer<typeof PortRole>;

/** NetBox cable type slugs (NetBox dcim/choices.py). */
export const CABLE_MEDIA = [
  'cat6',
  'cat6a',
  'dac-passive',
  'dac-active',
  'aoc',
  'mmf-om3',
  'mmf-om4',
  'smf-os2',
] as const;
export const CableMedia = z.enum(CABLE_MEDIA);
export type CableMedia = z.infer<typeof CableMedia>;

/** Copper media: twisted pair and twinax (DAC), as the rules define copper (docs/rules.md). */
export const COPPER_MEDIA: ReadonlySet<CableMedia> = new Set([
  'cat6',
  'cat6a',
  'dac-passive',
  'dac-active',
]);
export const TWISTED_PAIR_MEDIA: ReadonlySet<CableMedia> = new Set(['cat6', 'cat6a']);
export const FIBER_MEDIA: ReadonlySet<CableMedia> = new Set(['mmf-om3', 'mmf-om4', 'smf-os2']);

export const DeviceRole = z.enum(['firewall', 'core-switch', 'mgmt-switch', 'server', 'other']);
export type DeviceRole = z.infer<typeof DeviceRole>;

export const NetworkRole = z.enum([
  'management',
  'corosync',
  'ceph-public',
  'ceph-cluster',
  'migration',
  'vm',
  'uplink',
]);
export type NetworkRole = z.infer<typeof NetworkRole>;

/** Linux bond modes plus a static (non-LACP) switch LAG. */
export const LagMode = z.enum([
  'lacp',
  'static',
  'active-backup',
  'balance-rr',
  'balance-xor',
  'balance-tlb',
  'balance-alb',
  'broadcast',
]);
export type LagMode = z.infer<typeof LagMode>;

export const DiskRole = z.enum(['os', 'osd', 'db']);
export const DiskMedia = z.enum(['hdd', 'sata-ssd', 'sas-ssd', 'nvme']);
export type DiskMedia = z.infer<typeof DiskMedia>;
export const ControllerMode = z.enum(['hba', 'raid']);

/** Transmit hash policies the Proxmox VE GUI offers for 802.3ad and balance-xor bonds. */
export const HashPolicy = z.enum(['layer2', 'layer2+3', 'layer3+4']);
export type HashPolicy = z.infer<typeof HashPolicy>;

/**
 * The configuration language of a switch model, for `clusterwire generate`: Arista EOS, NVIDIA
 * Cumulus Linux NVUE, or none (a switch that gets a port plan instead of a configuration).
 */
export const SwitchPlatform = z.enum(['eos', 'nvue', 'none']);
export type SwitchPlatform = z.infer<typeof SwitchPlatform>;
