import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCatalogText } from '../../shared/catalog';
import { runCli } from '../support/cli';

const FIXTURES = resolve('tests/fixtures/devicetypes');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cw-interop-'));
  expect(runCli(['new', '-o', 'ref.clusterwire'], { cwd: dir }).code).toBe(0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(args, { cwd: dir });
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

describe('clusterwire export --netbox / --drawio / --clab', () => {
  it('writes all three for the reference design', () => {
    const result = cli(
      'export',
      'ref.clusterwire',
      '--netbox',
      'nb',
      '--site',
      'DC 1',
      '--drawio',
      'ref.drawio',
      '--clab',
      'ref.clab.yml',
      '--clab-image',
      'linux=debian:12',
      '--clab-image',
      'nvidia_cumulusvx=registry.example/cvx:5',
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('wrote NetBox import (12 files) to nb');
    expect(result.stderr).not.toContain('containerlab: no image for');
    expect(result.stderr).toContain(
      'containerlab: a switch whose platform has no image; linux stand-in: mgmt-sw-01 (HPE Aruba',
    );
    expect(result.stderr).toContain('left out of the lab: M-PVE-01-IDRAC');
    expect(readdirSync(join(dir, 'nb')).sort()).toEqual([
      '1-manufacturers.csv',
      '2-device-roles.csv',
      '3-sites.csv',
      '4-vlans.csv',
      '5-device-types',
      '6-devices.csv',
      '7-interfaces.csv',
      '8-cables.csv',
      'README.md',
    ]);
    const sites = parseCsv(read('nb/3-sites.csv'), { columns: true }) as unknown[];
    expect(sites).toEqual([{ name: 'DC 1', slug: 'dc-1', status: 'planned' }]);
    expect(XMLValidator.validate(read('ref.drawio'))).toBe(true);
    const lab = parseYaml(read('ref.clab.yml')) as { topology: { kinds: unknown } };
    expect(lab.topology.kinds).toEqual({
      nvidia_cumulusvx: { image: 'registry.example/cvx:5' },
      linux: { image: 'debian:12' },
    });
  });

  it('writes a NetBox export again into its own folder, and drops device types it no longer has', () => {
    expect(cli('export', 'ref.clusterwire', '--netbox', 'nb').code).toBe(0);
    writeFileSync(join(dir, 'nb/5-device-types/old-model.yaml'), 'manufacturer: x\n');
    expect(cli('export', 'ref.clusterwire', '--netbox', 'nb').code).toBe(0);
    expect(readdirSync(join(dir, 'nb/5-device-types'))).not.toContain('old-model.yaml');
  });

  it('refuses a folder of other files, a file, and the design itself, writing nothing (exit 3)', () => {
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs/notes.txt'), 'keep me');
    const other = cli('export', 'ref.clusterwire', '--netbox', 'docs');
    expect(other.code).toBe(3);
    expect(other.stderr).toContain('docs is a folder that holds other files');
    expect(readdirSync(join(dir, 'docs'))).toEqual(['notes.txt']);
    writeFileSync(join(dir, 'plain.txt'), 'x');
    expect(cli('export', 'ref.clusterwire', '--netbox', 'plain.txt').stderr).toContain(
      'is not a folder',
    );
    const before = read('ref.clusterwire');
    expect(cli('export', 'ref.clusterwire', '--netbox', 'ref.clusterwire').code).toBe(3);
    expect(cli('export', 'ref.clusterwire', '--drawio', 'ref.clusterwire').code).toBe(3);
    expect(cli('export', 'ref.clusterwire', '--clab', 'other.clusterwire').code).toBe(3);
    expect(read('ref.clusterwire')).toBe(before);
  });

  it('rejects bad --clab-image and stray options as usage errors', () => {
    expect(
      cli('export', 'ref.clusterwire', '--clab', 'l.yml', '--clab-image', 'junos=x').stderr,
    ).toContain('"junos" is not a kind');
    expect(cli('export', 'ref.clusterwire', '--clab', 'l.yml', '--clab-image', 'linux').code).toBe(
      3,
    );
    expect(cli('export', 'ref.clusterwire', '--clab-image', 'linux=x', '--svg', 'a.svg').code).toBe(
      3,
    );
    expect(cli('export', 'ref.clusterwire', '--site', 'X', '--svg', 'a.svg').code).toBe(3);
    const old = cli(
      'export',
      'ref.clusterwire',
      '--clab',
      'l.yml',
      '--clab-image',
      'cumulus_cvx=x',
    );
    expect(old.code).toBe(3);
    expect(old.stderr).toContain('current kind for Cumulus VX is nvidia_cumulusvx');
  });

  it('documents the new options in export --help', () => {
    const help = cli('export', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--drawio F');
    expect(help.stdout).toContain('--netbox DIR');
    expect(help.stdout).toContain('--svg F');
  });
});

describe('clusterwire catalog import', () => {
  const fixture = (name: string) => {
    cpSync(join(FIXTURES, name), join(dir, name));
    return name;
  };

  it('adds device types to a catalog file beside the design, which the design then loads', () => {
    const arista = fixture('arista-dcs-7050sx3-48yc8.yaml');
    const server = fixture('example-server-2u.yaml');
    const result = cli(
      'catalog',
      'import',
      arista,
      '--role',
      'core-switch',
      '-o',
      'clusterwire-catalog.json',
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      'Arista DCS-7050SX3-48YC8 -> arista-dcs-7050sx3-48yc8 (core-switch)',
    );
    expect(result.stderr).toContain('power ports: kept in the description');
    expect(
      cli('catalog', 'import', server, '--role', 'server', '-o', 'clusterwire-catalog.json').stderr,
    ).toContain('interface OCP1: type "2.5gbase-t"');
    const parsed = parseCatalogText(read('clusterwire-catalog.json'));
    expect(parsed.ok && parsed.catalog.models.map((m) => m.id)).toEqual([
      'arista-dcs-7050sx3-48yc8',
      'example-server-2u',
    ]);
    // The design still validates with the catalog beside it (no "user catalog skipped").
    const validated = cli('validate', 'ref.clusterwire');
    expect(validated.stderr).not.toContain('skipped');
  });

  it('prints a catalog file without -o', () => {
    const result = cli('catalog', 'import', fixture('example-server-2u.yaml'));
    expect(result.code).toBe(0);
    const parsed = parseCatalogText(result.stdout);
    expect(parsed.ok && parsed.catalog.models[0]!.model).toBe('Server 2U');
  });

  it('imports nothing when a file is broken, naming file, line and field (exit 2)', () => {
    const good = fixture('example-server-2u.yaml');
    const bad = fixture('broken-field.yaml');
    const syntax = fixture('broken-syntax.yaml');
    const result = cli('catalog', 'import', good, bad, syntax, '-o', 'cat.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'broken-field.yaml:7:5: required field "type" is missing (at $.interfaces[1].type)',
    );
    expect(result.stderr).toMatch(/broken-syntax\.yaml:7:1: /);
    expect(result.stderr).toContain('nothing imported (3 problems)');
    expect(() => read('cat.json')).toThrow();
  });

  it('never writes over a catalog file that does not load', () => {
    writeFileSync(join(dir, 'cat.json'), '{"catalogVersion": 1, "models": [oops]}');
    const result = cli('catalog', 'import', fixture('example-server-2u.yaml'), '-o', 'cat.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a valid catalog, so it was left as it is');
    expect(read('cat.json')).toBe('{"catalogVersion": 1, "models": [oops]}');
  });

  it('reads a folder of device types and rejects usage errors', () => {
    mkdirSync(join(dir, 'lib/Example'), { recursive: true });
    cpSync(join(FIXTURES, 'example-server-2u.yaml'), join(dir, 'lib/Example/server.yml'));
    expect(cli('catalog', 'import', 'lib').code).toBe(0);
    expect(cli('catalog', 'import').code).toBe(3);
    expect(cli('catalog').code).toBe(3);
    expect(cli('catalog', 'import', 'lib', '--role', 'router').code).toBe(3);
    expect(cli('catalog', 'import', 'missing.yaml').code).toBe(2);
  });
});
