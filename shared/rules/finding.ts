import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const TargetKind = z.enum([
  'device',
  'port',
  'cable',
  'lag',
  'network',
  'cluster',
  'mlagPair',
  'haPair',
]);
export type TargetKind = z.infer<typeof TargetKind>;

/** A port target's id is its `portKey` (shared/model/ids.ts). */
export const Target = z.strictObject({ kind: TargetKind, id: z.string() });
export type Target = z.infer<typeof Target>;

export const Finding = z.strictObject({
  ruleId: z.string(),
  severity: Severity,
  message: z.string(),
  targets: z.array(Target),
  hint: z.string(),
  source: z.string(),
  fingerprint: z.string(),
  suppressed: z.boolean(),
  suppressionReason: z.string().optional(),
});
export type Finding = z.infer<typeof Finding>;

/** Rule id + sorted target ids: stable across runs and edits elsewhere in the design. */
export function fingerprintOf(ruleId: string, targets: Target[]): string {
  // Most findings name one target; a large design can have hundreds of them.
  if (targets.length === 1) return `${ruleId}:${targets[0]!.id}`;
  return `${ruleId}:${targets
    .map((t) => t.id)
    .sort()
    .join(',')}`;
}
