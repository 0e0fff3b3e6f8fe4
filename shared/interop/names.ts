import type { Design, Device, PortRef } from '../model';
import { portKey } from '../model/ids';

/**
 * A NetBox-style slug: lower-case letters, digits, hyphens and underscores (NetBox's SlugField
 * and the device-type library's `^[-a-z0-9_]+$`). Never empty, so a name of only symbols still
 * gives an importable slug.
 */
export function slugify(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return slug || fallback;
}

/** Devices by id, and each port's record, for exports that walk cables. */
export interface DesignIndex {
  device(id: string): Device | undefined;
  port(ref: PortRef): Device['ports'][number] | undefined;
}

export function indexDesign(design: Design): DesignIndex {
  const devices = new Map(design.devices.map((d) => [d.id, d]));
  const ports = new Map<string, Device['ports'][number]>();
  for (const device of design.devices)
    for (const port of device.ports)
      ports.set(portKey({ device: device.id, port: port.name }), port);
  return {
    device: (id) => devices.get(id),
    port: (ref) => ports.get(portKey(ref)),
  };
}
