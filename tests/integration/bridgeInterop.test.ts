import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
const exportRequest = (kind: string, path: string, overwrite = false) =>
  call('exportDesign', {
    design: template(),
    designPath: 'a.clusterwire',
    request: { kind, path },
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
});
