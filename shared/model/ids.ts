import { z } from 'zod';

/**
 * Object ids are machine identifiers (stable across edits, used by references and finding
 * fingerprints), so they are restricted to a safe character set. Names shown to users live in
 * other fields (hostname, name, label) and are free text.
 */
export const Id = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/,
    'ids are 1-128 letters, digits, . _ : - (no spaces)',
  );
export type Id = z.infer<typeof Id>;

/** A port is identified by its device id and its name within that device. */
export const PortRef = z.strictObject({
  device: Id.describe('id of the device'),
  port: z.string().min(1).describe('name of the port on that device'),
});
export type PortRef = z.infer<typeof PortRef>;

/**
 * One string per port, `device#port`: the id of a port in findings and selections. Device ids
 * cannot hold `#` (see Id), so the first `#` always ends the device; port names may hold one.
 */
export const portKey = (ref: PortRef): string => `${ref.device}#${ref.port}`;

/** The port a `portKey` names. */
export function parsePortKey(key: string): PortRef {
  const cut = key.indexOf('#');
  return cut < 0
    ? { device: key, port: '' }
    : { device: key.slice(0, cut), port: key.slice(cut + 1) };
}
