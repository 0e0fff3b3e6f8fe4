import { z } from 'zod';
import { Cluster } from './cluster';
import { Device } from './device';
import { Id } from './ids';
import { Cable, HaPair, Lag, MlagPair } from './links';
import { Network } from './network';
import { ThresholdOverrides } from './thresholds';

export const CURRENT_SCHEMA_VERSION = 2;

export const DesignMeta = z.strictObject({
  name: z.string(),
  revision: z.string().default('1'),
  revisionDate: z.iso.date().optional().describe('YYYY-MM-DD; exports print this, never the clock'),
  author: z.string().default(''),
  notes: z.string().default(''),
});
export type DesignMeta = z.infer<typeof DesignMeta>;

/** Silences a finding (by fingerprint) or a whole rule, always with a recorded reason. */
export const Suppression = z.strictObject({
  rule: z.string().min(1).describe('rule id, e.g. cable.copper-overuse'),
  fingerprint: z
    .string()
    .optional()
    .describe('rule id + sorted target ids; omit to suppress every finding of the rule'),
  reason: z.string().trim().min(1, 'a suppression needs a reason'),
});
export type Suppression = z.infer<typeof Suppression>;

export const Position = z.strictObject({ x: z.number(), y: z.number() });

/** Where things are drawn: kept apart from network facts so rules never read coordinates. */
export const Layout = z.strictObject({
  positions: z.record(Id, Position).default({}),
});
export type Layout = z.infer<typeof Layout>;

export const Design = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  meta: DesignMeta,
  devices: z.array(Device).default([]),
  cables: z.array(Cable).default([]),
  lags: z.array(Lag).default([]),
  mlagPairs: z.array(MlagPair).default([]),
  haPairs: z.array(HaPair).default([]),
  networks: z.array(Network).default([]),
  clusters: z.array(Cluster).default([]),
  suppressions: z.array(Suppression).default([]),
  thresholds: ThresholdOverrides.default({}),
  layout: Layout.default({ positions: {} }),
});
export type Design = z.infer<typeof Design>;
export type DesignInput = z.input<typeof Design>;
