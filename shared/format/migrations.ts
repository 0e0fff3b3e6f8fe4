import { CURRENT_SCHEMA_VERSION } from '../model/design';

/**
 * One pure function per version step: `steps[n]` turns a version-n document into version n+1.
 * Each step sees raw JSON (it runs before schema validation) and must not mutate its input.
 */
export type MigrationStep = (doc: Record<string, unknown>) => Record<string, unknown>;
export type MigrationSteps = Readonly<Record<number, MigrationStep>>;

/** Version 1 is the first released format; later steps are added here, each with a test. */
export const MIGRATIONS: MigrationSteps = {
  /**
   * Version 2 only adds optional facts (a cable's `lengthEstimated`), so a version-1 design is
   * a version-2 design as it stands. The version still rises: a ClusterWire that reads only
   * version 1 then says "saved by a newer ClusterWire" instead of naming an unknown key.
   */
  1: (doc) => doc,
};

export type MigrationResult =
  { ok: true; doc: Record<string, unknown>; from: number } | { ok: false; message: string };

export function migrate(
  doc: Record<string, unknown>,
  target: number = CURRENT_SCHEMA_VERSION,
  steps: MigrationSteps = MIGRATIONS,
): MigrationResult {
  const from = doc.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) {
    return { ok: false, message: 'schemaVersion must be a whole number' };
  }
  if (from > target) {
    return {
      ok: false,
      message: `this design was saved by a newer ClusterWire (file format version ${from}); this version reads format version ${target} and older. Update ClusterWire to open it.`,
    };
  }
  let current = doc;
  for (let v = from; v < target; v++) {
    const step = steps[v];
    if (!step) return { ok: false, message: `no migration from format version ${v} to ${v + 1}` };
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { ok: true, doc: current, from };
}
