import { z } from 'zod';
import { Id, PortRef } from './ids';
import { VlanConfig, VlanId } from './port';
import { CableMedia, HashPolicy, LagMode } from './vocabulary';

export const Cable = z.strictObject({
  id: Id,
  a: PortRef,
  b: PortRef,
  media: CableMedia,
  lengthM: z.number().positive(),
  lengthEstimated: z
    .boolean()
    .optional()
    .describe("true while the length is the editor's default, not a measured one; absent = false"),
  label: z.string().optional(),
  color: z.string().optional(),
});
export type Cable = z.infer<typeof Cable>;

/**
 * A LAG (bond) is the single source of membership. A server bond lists the server's ports; the
 * switch side is its own LAG, and an MLAG LAG lists ports on both switches of its pair.
 */
export const Lag = z.strictObject({
  id: Id,
  name: z.string(),
  members: z.array(PortRef),
  mode: LagMode.default('lacp'),
  lacpRate: z
    .enum(['fast', 'slow'])
    .optional()
    .describe('LACPDU rate; absent means slow, the IEEE 802.1AX and Linux bonding default'),
  hashPolicy: HashPolicy.optional().describe(
    'transmit hash policy of an 802.3ad or balance-xor bond; generation uses layer3+4 when absent',
  ),
  channelId: z
    .int()
    .min(1)
    .max(2000)
    .optional()
    .describe(
      'port-channel / bond number on a switch and, on an MLAG LAG, its MLAG id; generation derives it from the first member port when absent',
    ),
  mlagPair: Id.optional().describe('set when the LAG spans the two switches of an MLAG pair'),
  config: VlanConfig.optional(),
});
export type Lag = z.infer<typeof Lag>;

/**
 * The MLAG keepalive (backup, heartbeat) path apart from the peer link: a network on which each
 * switch of the pair has an address (usually management), or a dedicated cable between them.
 */
export const MlagKeepalive = z.strictObject({
  network: Id.optional().describe(
    'network carrying the keepalive; each switch needs an address on it',
  ),
  cable: Id.optional().describe('a dedicated cable between the two switches'),
});
export type MlagKeepalive = z.infer<typeof MlagKeepalive>;

export const MlagPair = z.strictObject({
  id: Id,
  name: z.string().optional(),
  switches: z.tuple([Id, Id]),
  peerLinkLag: Id.optional().describe('the LAG carrying the MLAG peer link'),
  keepalive: MlagKeepalive.optional().describe(
    'the backup path that tells a dead peer from a dead peer link',
  ),
  domainId: z
    .string()
    .optional()
    .describe('MLAG domain id (EOS domain-id); letters, digits, . _ - only'),
  peerVlan: VlanId.optional().describe(
    'VLAN of the peer-link SVI (EOS); 4094 when absent, and no design network may use it',
  ),
  peerAddresses: z
    .tuple([z.string(), z.string()])
    .optional()
    .describe(
      'peer-link SVI address of each switch, in the order of "switches", e.g. 10.255.252.0/31',
    ),
  systemMac: z
    .string()
    .optional()
    .describe(
      'MLAG system MAC (Cumulus), unique per pair, from 44:38:39:ff:00:00-44:38:39:ff:ff:ff',
    ),
});
export type MlagPair = z.infer<typeof MlagPair>;

export const HaPair = z.strictObject({
  id: Id,
  firewalls: z.tuple([Id, Id]),
});
export type HaPair = z.infer<typeof HaPair>;

/**
 * The LACP rate a LAG runs at. An unset rate is slow, as in IEEE 802.1AX (long timeout), Linux
 * bonding and Proxmox VE; the rules read it so and the generator writes it so, explicitly, because
 * some switch systems (Cumulus Linux) default to fast.
 */
export const DEFAULT_LACP_RATE = 'slow';

export function lacpRateOf(lag: Pick<Lag, 'lacpRate'>): 'fast' | 'slow' {
  return lag.lacpRate ?? DEFAULT_LACP_RATE;
}

/**
 * The Linux bonding mode of a LAG on a host: a static switch LAG (no LACP) faces balance-xor,
 * the rest keep their name, LACP being 802.3ad.
 */
export const LINUX_BOND_MODE: Readonly<Record<LagMode, string>> = {
  lacp: '802.3ad',
  static: 'balance-xor',
  'active-backup': 'active-backup',
  'balance-rr': 'balance-rr',
  'balance-xor': 'balance-xor',
  'balance-tlb': 'balance-tlb',
  'balance-alb': 'balance-alb',
  broadcast: 'broadcast',
};
