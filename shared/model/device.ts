import { z } from 'zod';
import { Id } from './ids';
import { Port } from './port';
import { ControllerMode, DeviceRole, DiskMedia, DiskRole, SwitchPlatform } from './vocabulary';
import { Attachment } from './network';

/** Limits of a model; a missing limit means "not limited / unknown". */
export const DeviceLimits = z.strictObject({
  maxVlans: z.int().positive().optional(),
  maxLagGroups: z.int().positive().optional(),
  maxLagMembers: z.int().positive().optional(),
  maxMtu: z.int().positive().optional(),
  defaultMtu: z
    .int()
    .positive()
    .optional()
    .describe(
      'MTU of a port with none configured, from the vendor documentation; leave out when unsure',
    ),
  mlag: z.boolean().optional().describe('supports MLAG / vPC / VLT / MC-LAG'),
  bgp: z.boolean().optional().describe('supports BGP dynamic routing'),
});
export type DeviceLimits = z.infer<typeof DeviceLimits>;

export const ModelRef = z.strictObject({
  catalogId: z.string().optional().describe('id of the catalog model this device was made from'),
  manufacturer: z.string(),
  name: z.string(),
  partNumber: z.string().optional(),
  generic: z.boolean().optional(),
  platform: SwitchPlatform.optional().describe(
    "a switch's configuration language (from the catalog model); absent on generic models",
  ),
});
export type ModelRef = z.infer<typeof ModelRef>;

export const Disk = z.strictObject({
  name: z.string().optional(),
  role: DiskRole,
  media: DiskMedia,
  capacityGB: z.number().positive().describe('decimal GB, as sold'),
  plp: z.boolean().describe('power-loss protection'),
  writeMBps: z.number().nonnegative().describe('sequential write throughput from the datasheet'),
});
export type Disk = z.infer<typeof Disk>;

export const ServerHardware = z.strictObject({
  cpuThreads: z.int().nonnegative(),
  ramGiB: z.number().nonnegative(),
  controller: ControllerMode.describe('mode of the SATA/SAS controller; NVMe disks bypass it'),
  disks: z.array(Disk),
  plannedGuestRamGiB: z.number().nonnegative().default(0),
  plannedGuestVcpus: z.int().nonnegative().default(0),
});
export type ServerHardware = z.infer<typeof ServerHardware>;

/**
 * The VLAN-aware Linux bridge of a PVE node (vmbr0): guests reach their VLANs through it, and
 * host VLAN interfaces on its uplink are made on the bridge (vmbr0.60). It carries the VLANs of
 * the networks attached to its uplink.
 */
export const HostBridge = z
  .strictObject({
    name: z.string().regex(/^vmbr\d{1,4}$/, 'a Proxmox VE bridge is named vmbrN'),
    lag: Id.optional().describe('the bond (LAG) the bridge sits on'),
    port: z.string().min(1).optional().describe('or the single port it sits on'),
  })
  .refine((b) => (b.port === undefined) !== (b.lag === undefined), {
    message: 'a bridge names exactly one of "port" or "lag"',
  });
export type HostBridge = z.infer<typeof HostBridge>;

export const Device = z.strictObject({
  id: Id,
  role: DeviceRole,
  hostname: z.string().describe('validity (RFC 1035) is checked by rule host.name-invalid'),
  model: ModelRef,
  ports: z.array(Port),
  limits: DeviceLimits.default({}),
  server: ServerHardware.optional(),
  attachments: z
    .array(Attachment)
    .default([])
    .describe('which network rides on which port or LAG of this device'),
  bridge: HostBridge.optional().describe("a PVE node's VLAN-aware bridge (vmbr0)"),
  platform: SwitchPlatform.optional().describe(
    "a core switch's configuration language chosen for this device; absent: its model's",
  ),
});
export type Device = z.infer<typeof Device>;
