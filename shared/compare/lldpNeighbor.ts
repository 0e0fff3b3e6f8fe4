import { z } from 'zod';

// What an LLDP file says, as the bridge contract carries it: apart from the parsers, so the app
// starts without them.

export const LldpFormat = z.enum(['lldpd-json0', 'lldpd-json', 'eos', 'eos-detail']);
export type LldpFormat = z.infer<typeof LldpFormat>;

/** One neighbour one port of the reporting device sees. */
export const LldpNeighbor = z.strictObject({
  localPort: z.string(),
  system: z.string().describe('the system name the neighbour announces (may be a FQDN)'),
  port: z.string().describe('the interface name of the neighbour, or its description'),
});
export type LldpNeighbor = z.infer<typeof LldpNeighbor>;
