import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../../shared/catalog';
import { USER_CATALOG_FILE, loadCatalog } from '../../main/services/catalogFiles';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cw-catalog-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const model = (id: string) => ({
  id,
  role: 'server',
  manufacturer: 'ACME',
  model: id,
  ports: [{ name: 'eth0', type: '1000base-t', role: 'mgmt' }],
});

describe('user catalogs on disk', () => {
  it('without a user catalog, the built-in catalog is used', async () => {
    const result = await loadCatalog({ designPath: join(dir, 'd.clusterwire') });
    expect(result).toEqual({ catalog: BUILTIN_CATALOG, sources: [], warnings: [] });
  });

  it('merges the preferences catalog, then the one beside the design', async () => {
    const prefs = join(dir, 'prefs-catalog.json');
    writeFileSync(prefs, JSON.stringify({ catalogVersion: 1, models: [model('acme-a')] }));
    writeFileSync(
      join(dir, USER_CATALOG_FILE),
      JSON.stringify({ catalogVersion: 1, models: [model('acme-b')] }),
    );
    const result = await loadCatalog({
      designPath: join(dir, 'd.clusterwire'),
      extraPaths: [prefs],
    });
    expect(result.warnings).toEqual([]);
    expect(result.sources).toEqual([prefs, join(dir, USER_CATALOG_FILE)]);
    expect(result.catalog.models.map((m) => m.id)).toEqual(
      expect.arrayContaining(['acme-a', 'acme-b', 'nvidia-sn2010']),
    );
  });

  it('a broken catalog is reported with file, line and path, and skipped', async () => {
    const path = join(dir, USER_CATALOG_FILE);
    writeFileSync(path, '{\n  "catalogVersion": 1,\n  "models": [\n    { "id": "x" }\n  ]\n}\n');
    const result = await loadCatalog({ designPath: join(dir, 'd.clusterwire') });
    expect(result.catalog).toBe(BUILTIN_CATALOG);
    expect(result.warnings[0]).toMatch(
      new RegExp(`^${path}:4:\\d+: .*\\(at \\$\\.models\\[0\\]\\.role\\)$`),
    );
  });
});
