import { z } from 'zod';
import { Id } from './ids';
import { VlanId } from './port';
import { NetworkRole } from './vocabulary';

export const Network = z.strictObject({
  id: Id,
  name: z.string(),
  role: NetworkRole,
  vlan: VlanId.optional(),
  cidr: z.string().optional().describe('e.g. 10.10.10.0/24; checked by rules, not on load'),
  gateway: z
    .string()
    .optional()
    .describe(
      "the router's address on this network; a node's default gateway is its management network's",
    ),
  mtu: z.int().positive().default(1500),
  latencyMs: z.number().nonnegative().optional().describe('declared latency between nodes'),
});
export type Network = z.infer<typeof Network>;

export const CorosyncLink = z.strictObject({
  link: z.int().min(0).max(7).describe('knet link number'),
  priority: z.int().min(0).max(255).describe('higher wins; on a tie the lower link number'),
});
export type CorosyncLink = z.infer<typeof CorosyncLink>;

/** One network riding on one port or LAG of a device, with the host's address on it. */
export const Attachment = z
  .strictObject({
    network: Id,
    port: z.string().min(1).optional().describe('name of a port of this device'),
    lag: Id.optional().describe('id of a LAG (bond) whose members are ports of this device'),
    tagged: z.boolean().default(false),
    address: z.string().optional().describe('the host address on this network, e.g. 10.10.10.11'),
    mtu: z.int().positive().optional().describe('host MTU; defaults to the network MTU'),
    corosync: CorosyncLink.optional(),
  })
  .refine((a) => (a.port === undefined) !== (a.lag === undefined), {
    message: 'an attachment names exactly one of "port" or "lag"',
  });
export type Attachment = z.infer<typeof Attachment>;
