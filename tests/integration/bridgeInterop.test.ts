import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/services/bridgeHandlers';
import { parseCatalogText } from '../../shared/catalog';
import { serializeDesign } from '../../shared/format';
import { template } from '../support/designs';
import { serveModeHandlers } from '../support/bridgeFixture';

let fixture: Awaited<ReturnType<typeof serveModeHandlers>>;
beforeEach(async () => {
  fixture = await serveModeHandlers();
  writeFileSync(join(fixture.root, 'a.clusterwire'), serializeDesign(template()));
});
afterEach(() => fixture.cleanup());

const call = (name: string, payload: unknown) => dispatch(fixture.handlers, name, payload);
const exportRequest = (
  kind: string,
  path: string,
  overwrite = false,
  options: Record<string, unknown> = {},
) =>
  call('exportDesign', {
    design: template(),
    designPath: 'a.clusterwire',
    request: { kind, path, ...options },
    overwrite,
  });

describe('interop through the bridge', () => {
  it('writes the NetBox folder, asks before writing it again, and remembers it for Repeat', async () => {
    const first = await exportRequest('netbox', 'nb');
    expect(first.ok).toBe(true);
    expect(readdirSync(join(fixture.root, 'nb'))).toContain('README.md');
    const again = await exportRequest('netbox', 'nb');
    expect(again.ok ? null : again.error.code).toBe('exists');
    expect((await exportRequest('netbox', 'nb', true)).ok).toBe(true);
    expect(fixture.prefs.read().lastExport).toMatchObject({ kind: 'netbox' });
  });

  it('never writes the NetBox export into a folder of other files or over the design', async () => {
    mkdirSync(join(fixture.root, 'keep'));
    writeFileSync(join(fixture.root, 'keep', 'x.txt'), 'x');
    const other = await exportRequest('netbox', 'keep', true);
    expect(other.ok ? null : other.error.code).toBe('protected');
    const design = await exportRequest('netbox', 'a.clusterwire', true);
    expect(design.ok ? null : design.error.code).toBe('protected');
    const drawio = await exportRequest('drawio', 'a.clusterwire', true);
    expect(drawio.ok ? null : drawio.error.code).toBe('protected');
  });

  it('writes draw.io and containerlab files', async () => {
    expect((await exportRequest('drawio', 'a.drawio')).ok).toBe(true);
    expect((await exportRequest('clab', 'a.clab.yml')).ok).toBe(true);
    expect(readFileSync(join(fixture.root, 'a.drawio'), 'utf8')).toContain('<mxfile');
    expect(readFileSync(join(fixture.root, 'a.clab.yml'), 'utf8')).toContain('topology:');
  });

  it('imports device types into the catalog beside the design, and getCatalog then has them', async () => {
    cpSync(
      resolve('tests/fixtures/devicetypes/example-server-2u.yaml'),
      join(fixture.root, 's.yaml'),
    );
    const result = await call('importDeviceTypes', {
      paths: ['s.yaml'],
      designPath: 'a.clusterwire',
      role: 'server',
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({
      models: [{ id: 'example-server-2u', name: 'Example Server 2U', file: 's.yaml' }],
    });
    const parsed = parseCatalogText(
      readFileSync(join(fixture.root, 'clusterwire-catalog.json'), 'utf8'),
    );
    expect(parsed.ok && parsed.catalog.models[0]!.role).toBe('server');
    const catalog = await call('getCatalog', { designPath: 'a.clusterwire' });
    expect(
      catalog.ok &&
        (catalog.value as { catalog: { models: { id: string }[] } }).catalog.models.some(
          (m) => m.id === 'example-server-2u',
        ),
    ).toBe(true);
  });

  it('answers a broken device type with invalid-file naming file, line and field', async () => {
    cpSync(resolve('tests/fixtures/devicetypes/broken-field.yaml'), join(fixture.root, 'b.yaml'));
    const result = await call('importDeviceTypes', {
      paths: ['b.yaml'],
      designPath: 'a.clusterwire',
    });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'invalid-file',
      message: expect.stringContaining('b.yaml:7:5: required field "type" is missing'),
    });
    const outside = await call('importDeviceTypes', {
      paths: ['/etc/passwd'],
      designPath: 'a.clusterwire',
    });
    expect(outside.ok ? null : outside.error.code).toBe('not-allowed');
  });

  it('writes the containerlab images given, remembers them, and Repeat sends them again', async () => {
    // The reference lab has Cumulus VX cores and Linux nodes (the Aruba switch a Linux stand-in).
    const clabImages = { linux: 'debian:12' };
    expect((await exportRequest('clab', 'lab.clab.yml', false, { clabImages })).ok).toBe(true);
    const text = readFileSync(join(fixture.root, 'lab.clab.yml'), 'utf8');
    const doc = parseYaml(text) as { topology: { kinds: Record<string, { image: string }> } };
    expect(doc.topology.kinds).toEqual({ linux: { image: 'debian:12' } });
    // The kind left empty is named in the file, as the CLI does.
    expect(text).toContain('No image given for: nvidia_cumulusvx');
    expect(fixture.prefs.read().clabImages).toEqual(clabImages);
    const last = fixture.prefs.read().lastExport;
    expect(last).toMatchObject({ kind: 'clab', clabImages });
    // Repeat Last Export sends the stored request as it is.
    writeFileSync(join(fixture.root, 'lab.clab.yml'), 'old');
    const repeated = await call('exportDesign', {
      design: template(),
      designPath: 'a.clusterwire',
      request: last,
      overwrite: true,
    });
    expect(repeated.ok).toBe(true);
    expect(readFileSync(join(fixture.root, 'lab.clab.yml'), 'utf8')).toBe(text);
    // An export with no images forgets them.
    expect((await exportRequest('clab', 'lab.clab.yml', true)).ok).toBe(true);
    expect(fixture.prefs.read().clabImages).toEqual({});
  });

  it('refuses images that are not one token, and kinds the lab does not have', async () => {
    for (const clabImages of [{ linux: 'debian 12' }, { linux: 'a\nb' }, { cumulus_cvx: 'x' }]) {
      const result = await exportRequest('clab', 'lab.clab.yml', false, { clabImages });
      expect(result.ok ? null : result.error.code, JSON.stringify(clabImages)).toBe('bad-request');
    }
    expect(readdirSync(fixture.root)).not.toContain('lab.clab.yml');
  });

  it('writes the NetBox site given, and Repeat uses it again', async () => {
    expect((await exportRequest('netbox', 'nb', false, { site: 'DC 1' })).ok).toBe(true);
    const sites = () => readFileSync(join(fixture.root, 'nb', '3-sites.csv'), 'utf8');
    expect(sites()).toContain('DC 1,dc-1,planned');
    const last = fixture.prefs.read().lastExport;
    expect(last).toMatchObject({ kind: 'netbox', site: 'DC 1' });
    rmSync(join(fixture.root, 'nb', '3-sites.csv'));
    const repeated = await call('exportDesign', {
      design: template(),
      designPath: 'a.clusterwire',
      request: last,
      overwrite: true,
    });
    expect(repeated.ok).toBe(true);
    expect(sites()).toContain('DC 1,dc-1,planned');
  });

  it('imports several device-type files in one call, reporting each model with its file', async () => {
    cpSync(
      resolve('tests/fixtures/devicetypes/example-server-2u.yaml'),
      join(fixture.root, 's.yaml'),
    );
    cpSync(
      resolve('tests/fixtures/devicetypes/arista-dcs-7050sx3-48yc8.yaml'),
      join(fixture.root, 'sw.yaml'),
    );
    const result = await call('importDeviceTypes', {
      paths: ['s.yaml', 'sw.yaml'],
      designPath: 'a.clusterwire',
    });
    if (!result.ok) throw new Error(result.error.message);
    const models = (result.value as { models: { id: string; file: string }[] }).models;
    expect(models.map((m) => [m.id, m.file])).toEqual([
      ['example-server-2u', 's.yaml'],
      ['arista-dcs-7050sx3-48yc8', 'sw.yaml'],
    ]);
    const parsed = parseCatalogText(
      readFileSync(join(fixture.root, 'clusterwire-catalog.json'), 'utf8'),
    );
    expect(parsed.ok && parsed.catalog.models.map((m) => m.id).sort()).toEqual([
      'arista-dcs-7050sx3-48yc8',
      'example-server-2u',
    ]);
  });

  it('offers several files through the native dialog when asked for them', async () => {
    const multi = await serveModeHandlers({
      dialogs: {
        open: () => Promise.resolve('/x/one.yaml'),
        save: () => Promise.resolve(null),
        openMany: () => Promise.resolve(['/x/one.yaml', '/x/two.yaml']),
      },
    });
    try {
      const result = await dispatch(multi.handlers, 'showOpenDialog', {
        kind: 'devicetype',
        multiple: true,
      });
      expect(result.ok && result.value).toEqual({
        path: '/x/one.yaml',
        paths: ['/x/one.yaml', '/x/two.yaml'],
      });
      const single = await dispatch(multi.handlers, 'showOpenDialog', { kind: 'devicetype' });
      expect(single.ok && single.value).toEqual({ path: '/x/one.yaml' });
    } finally {
      multi.cleanup();
    }
  });
});
