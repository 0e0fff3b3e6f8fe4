import { z } from 'zod';
import { PortRole, PortType } from './vocabulary';

/**
 * VLAN ids and MTUs are plain integers here: out-of-range values are rule findings
 * (vlan.invalid-id, mtu.exceeds-max), not load errors, so a flawed file still opens.
 */
export const VlanId = z.int();

export const VlanConfig = z.strictObject({
  mode: z.enum(['access', 'trunk']).optional(),
  untaggedVlan: VlanId.optional().describe('access VLAN, or native VLAN of a trunk'),
  taggedVlans: z
    .union([z.array(VlanId), z.literal('all')])
    .optional()
    .describe('VLANs allowed tagged on a trunk; "all" allows every VLAN of the design'),
  mtu: z.int().positive().optional(),
});
export type VlanConfig = z.infer<typeof VlanConfig>;

export const PortConfig = VlanConfig.extend({
  module: z
    .enum(['base-t'])
    .optional()
    .describe('a BASE-T transceiver plugged into an SFP-family cage'),
  moduleReachM: z
    .number()
    .positive()
    .optional()
    .describe(
      "the BASE-T module's reach in metres (its datasheet; 10GBASE-T SFP+ modules: about 30 m)",
    ),
  description: z.string().optional(),
});
export type PortConfig = z.infer<typeof PortConfig>;

/** A port as the device model defines it (snapshot), plus the user's configuration of it. */
export const Port = z.strictObject({
  name: z.string().min(1),
  type: PortType,
  role: PortRole,
  speeds: z.array(z.number().positive()).describe('supported link speeds in Gbps'),
  card: z.string().optional().describe('NIC or line card the port sits on, e.g. "OCP" or "PCIe 1"'),
  slot: z.string().optional(),
  config: PortConfig.optional(),
});
export type Port = z.infer<typeof Port>;
