import type { Attachment, Device } from '../model';
import type { Ip } from './ip';
import { hostPart, parseIp } from './ip';
import type { Topology } from './topology';

export interface Address {
  device: Device;
  attachment: Attachment;
  /** The host part as written (without a /prefix). */
  text: string;
  ip: Ip | null;
}

/** Every attachment address, parsed once per validation for the ip.* rules. */
export function addresses(topo: Topology): Address[] {
  return topo.memo('addresses', () => {
    const out: Address[] = [];
    for (const device of topo.design.devices) {
      for (const attachment of device.attachments) {
        if (!attachment.address) continue;
        const text = hostPart(attachment.address);
        out.push({ device, attachment, text, ip: parseIp(text) });
      }
    }
    return out;
  });
}
