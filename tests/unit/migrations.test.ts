import { describe, expect, it } from 'vitest';
import { MIGRATIONS, loadDesign, migrate, serializeDesign } from '../../shared/format';
import type { MigrationSteps } from '../../shared/format';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model';
import { template } from '../support/designs';

/**
 * A synthetic step proving the pipeline: pretend format 1 named the cable length `length` and
 * format 2 renamed it `lengthM`. Real steps are added to MIGRATIONS the same way.
 */
const renameLength: MigrationSteps = {
  1: (doc) => ({
    ...doc,
    cables: (doc.cables as Array<Record<string, unknown>>).map(({ length, ...rest }) => ({
      ...rest,
      lengthM: length,
    })),
  }),
};

describe('migrations', () => {
  it('the current format is version 2; a version-1 design loads as it stands, marked as migrated', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
    expect(Object.keys(MIGRATIONS)).toEqual(['1']);
    const v1 = JSON.parse(serializeDesign(template()));
    v1.schemaVersion = 1;
    const result = loadDesign(JSON.stringify(v1));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.migratedFrom).toBe(1);
      expect(result.design).toEqual(template());
    }
  });

  it('runs each step in order and stamps the new version, without mutating the input', () => {
    const doc = { schemaVersion: 1, cables: [{ id: 'c', length: 3 }] };
    const frozen = JSON.stringify(doc);
    const result = migrate(doc, 2, renameLength);
    expect(result).toEqual({
      ok: true,
      from: 1,
      doc: { schemaVersion: 2, cables: [{ id: 'c', lengthM: 3 }] },
    });
    expect(JSON.stringify(doc)).toBe(frozen);
  });

  it('a missing step is reported, not skipped', () => {
    expect(migrate({ schemaVersion: 1, cables: [] }, 3, renameLength)).toEqual({
      ok: false,
      message: 'no migration from format version 2 to 3',
    });
  });

  it('refuses newer and nonsensical versions', () => {
    expect(migrate({ schemaVersion: 3 }, 2).ok).toBe(false);
    expect(migrate({ schemaVersion: 0 })).toEqual({
      ok: false,
      message: 'no migration from format version 0 to 1',
    });
    expect(migrate({ schemaVersion: -1 }).ok).toBe(false);
    expect(migrate({ schemaVersion: '1' }).ok).toBe(false);
    expect(migrate({ schemaVersion: 1.5 }).ok).toBe(false);
  });

  it('the loader migrates an old file forward before validating it', () => {
    // Write the template the way "format 1 with `length`" would have, then load it as format 2
    // migrated back into today's schema (which calls version 2 "1" in this simulation).
    const raw = JSON.parse(serializeDesign(template()));
    raw.cables = raw.cables.map(({ lengthM, ...rest }: { lengthM: number }) => ({
      ...rest,
      length: lengthM,
    }));
    const steps: MigrationSteps = { ...MIGRATIONS, 0: renameLength[1]! };
    raw.schemaVersion = 0;
    const failed = loadDesign(JSON.stringify(raw));
    expect(failed.ok).toBe(false);
    const result = loadDesign(JSON.stringify(raw), { migrations: steps });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.migratedFrom).toBe(0);
      expect(result.design.cables[0]!.lengthM).toBe(template().cables[0]!.lengthM);
    }
  });
});
