import { z } from 'zod';

/**
 * Rule thresholds: data with defaults in one place (docs/rules.md lists them), overridable per
 * design. Reach limits and orderable lengths are catalog data (shared/catalog/media.json).
 */
export const DEFAULT_THRESHOLDS = {
  copperShareMax: 0.5,
  copperCountMax: 8,
  peerLinkMinGbps: 40,
  uplinkMinGbps: 10,
  clusterMinNodes: 3,
  clusterMaxNodes: 32,
  corosyncLatencyWarnMs: 5,
  corosyncLatencyErrorMs: 10,
  corosyncSmallClusterNodes: 3,
  cephMinNodes: 3,
  cephMinMonitors: 3,
  cephMinOsds: 3,
  cephUnevenCapacityMax: 0.1,
  cephHostBaseGiB: 8,
  cephOsdMinGiB: 8,
  cephOsdGiBPerTiB: 1,
  cephOsdBurstGiB: 3,
  cephThreadsPerOsd: 1,
  cephThreadsPerNvmeOsd: 4,
  cephNetworkMinGbps: 10,
  cephNetworkMinGbpsNvme: 25,
  cephIoSizeKiB: 16,
  osDiskMinGB: 256,
} as const;

export type ThresholdKey = keyof typeof DEFAULT_THRESHOLDS;
export type ResolvedThresholds = { [K in ThresholdKey]: number };

/**
 * Overrides a design may set. `passiveDacWarnAboveM` has no default here: the catalog's reach
 * table says where each passive DAC gets risky (`warnAboveM`), and a design may move that line.
 */
export const ThresholdOverrides = z.strictObject({
  ...(Object.fromEntries(
    Object.keys(DEFAULT_THRESHOLDS).map((k) => [k, z.number().nonnegative().optional()]),
  ) as { [K in ThresholdKey]: z.ZodOptional<z.ZodNumber> }),
  passiveDacWarnAboveM: z
    .number()
    .nonnegative()
    .optional()
    .describe("overrides the catalog's passive DAC warning length (warnAboveM)"),
});
export type ThresholdOverrides = z.infer<typeof ThresholdOverrides>;

export function resolveThresholds(overrides: ThresholdOverrides = {}): ResolvedThresholds {
  const out: ResolvedThresholds = { ...DEFAULT_THRESHOLDS };
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as ThresholdKey[]) {
    const value = overrides[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
