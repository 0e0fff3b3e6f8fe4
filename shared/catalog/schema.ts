import { z } from 'zod';
import { DeviceLimits, Disk, ServerHardware } from '../model/device';
import { Id } from '../model/ids';
import { Port } from '../model/port';
import { CableMedia, DeviceRole, PortRole, PortType, SwitchPlatform } from '../model/vocabulary';

/** A run of identically typed ports, e.g. swp1..swp18, so a 48-port switch stays readable. */
export const PortRange = z.strictObject({
  range: z.strictObject({
    prefix: z.string(),
    from: z.int().nonnegative(),
    to: z.int().nonnegative(),
    suffix: z.string().default(''),
  }),
  type: PortType,
  role: PortRole,
  speeds: z.array(z.number().positive()).optional(),
  card: z.string().optional(),
});
export type PortRange = z.infer<typeof PortRange>;

/** A catalog port may omit speeds: they default from its type. */
export const CatalogPort = Port.omit({ config: true, speeds: true }).extend({
  speeds: z.array(z.number().positive()).optional(),
});
export const CatalogPortEntry = z.union([PortRange, CatalogPort]);
export type CatalogPortEntry = z.infer<typeof CatalogPortEntry>;

export const NicOption = z.strictObject({
  id: Id,
  name: z.string(),
  partNumber: z.string().optional(),
  ports: z.array(CatalogPortEntry),
});
export type NicOption = z.infer<typeof NicOption>;

export const CatalogModel = z.strictObject({
  id: Id,
  role: DeviceRole,
  manufacturer: z.string(),
  model: z.string(),
  partNumber: z.string().optional(),
  generic: z.boolean().default(false),
  platform: SwitchPlatform.optional().describe(
    'configuration language of a switch: eos, nvue, or none (a port plan instead)',
  ),
  heightU: z.number().positive().optional(),
  description: z.string().default(''),
  source: z.string().optional().describe('where the port layout and limits come from'),
  ports: z.array(CatalogPortEntry),
  limits: DeviceLimits.default({}),
  nicOptions: z.array(NicOption).default([]),
  defaultNics: z.array(Id).default([]),
  serverDefaults: ServerHardware.optional(),
});
export type CatalogModel = z.infer<typeof CatalogModel>;

export const ReachLimit = z.strictObject({
  speeds: z.array(z.number().positive()).describe('link speeds (Gbps) this limit applies to'),
  maxM: z.number().positive(),
  warnAboveM: z.number().positive().optional(),
});

export type ReachLimit = z.infer<typeof ReachLimit>;

export const MediaSpec = z.strictObject({
  media: CableMedia,
  name: z.string(),
  description: z.string(),
  kind: z.enum(['twisted-pair', 'twinax', 'aoc', 'fiber']),
  /** RJ45 for twisted pair; SFP-family cages for the rest. */
  formFactors: z.array(z.enum(['RJ45', 'SFP', 'SFP+', 'SFP28', 'QSFP+', 'QSFP28'])),
  speeds: z.array(z.number().positive()),
  reach: z.array(ReachLimit),
  lengthsM: z.array(z.number().positive()).describe('orderable lengths, ascending'),
  transceiversPerEnd: z.int().min(0).max(1),
  fiberType: z.enum(['mmf', 'smf']).optional(),
  /**
   * A real manufacturer part number, for a user catalog that names one; printed as given (one
   * number for every length and end of this media). The built-in catalog names none.
   */
  partNumber: z.string().optional(),
});
export type MediaSpec = z.infer<typeof MediaSpec>;

/** The socket on an optic's face: it decides which patch cord a fiber link needs. */
export const Connector = z.enum(['lc-duplex', 'mpo-12', 'rj45']);
export type Connector = z.infer<typeof Connector>;

export const Transceiver = z.strictObject({
  id: Id,
  name: z.string(),
  formFactor: z.enum(['SFP', 'SFP+', 'SFP28', 'QSFP+', 'QSFP28']),
  speed: z.number().positive(),
  medium: z.enum(['mmf', 'smf', 'base-t']),
  connector: Connector.optional(),
  /** A real manufacturer part number (user catalogs); the built-in optics are generic. */
  partNumber: z.string().optional(),
  description: z.string(),
});
export type Transceiver = z.infer<typeof Transceiver>;

export const CatalogFile = z.strictObject({
  catalogVersion: z.literal(1),
  models: z.array(CatalogModel).default([]),
  media: z.array(MediaSpec).default([]),
  transceivers: z.array(Transceiver).default([]),
});
export type CatalogFile = z.infer<typeof CatalogFile>;
export type CatalogFileInput = z.input<typeof CatalogFile>;

export { Disk };
