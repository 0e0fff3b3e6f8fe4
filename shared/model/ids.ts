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
