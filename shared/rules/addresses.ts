import type { Ip } from '../topology';
import { hostPart, parseIp, parseV4Number } from '../topology';
import type { ResolvedAttachment, Topology } from '../topology';

/**
 * Calls `visit` for every attachment with an address. IPv4 (nearly all of them) is handed over
 * as a number without allocating; other addresses are parsed fully (null when invalid).
 */
export function eachAddress(
  topo: Topology,
  visit: (r: ResolvedAttachment, v4: number, ip: Ip | null) => void,
): void {
  for (let i = 0; i < topo.attachments.length; i++) {
    const r = topo.attachments[i]!;
    const address = r.attachment.address;
    if (!address) continue;
    const text = address.includes('/') ? hostPart(address) : address;
    const v4 = parseV4Number(text);
    visit(r, v4, v4 >= 0 ? null : parseIp(text));
  }
}
