import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { loadDesign, serializeDesign } from '../../shared/format';
import { RULES } from '../../shared/rules';
import { findTemplate } from '../../shared/templates';
import { runCli } from '../support/cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cw-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(args, { cwd: dir });

describe('clusterwire new', () => {
  it('writes the reference template by default, and it validates', () => {
    const made = cli('new', '-o', 'd.json');
    expect(made).toMatchObject({ code: 0, stdout: '' });
    const text = readFileSync(join(dir, 'd.json'), 'utf8');
    expect(text).toBe(serializeDesign(findTemplate('pve-hci-3node')!.build()));
    expect(cli('validate', 'd.json').code).toBe(0);
  });

  it('takes --template and prints to stdout without -o', () => {
    const result = cli('new', '--template', 'pve-hci-5node-storage');
    expect(result.code).toBe(0);
    const loaded = loadDesign(result.stdout);
    expect(loaded.ok && loaded.design.devices.filter((d) => d.role === 'server').length).toBe(5);
  });

  it('refuses to overwrite an existing file unless --force (exit 4), leaving it untouched', () => {
    writeFileSync(join(dir, 'd.clusterwire'), 'precious');
    const refused = cli('new', '-o', 'd.clusterwire');
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('already exists; pass --force to overwrite it');
    expect(readFileSync(join(dir, 'd.clusterwire'), 'utf8')).toBe('precious');
    expect(cli('new', '-o', 'd.clusterwire', '--force').code).toBe(0);
    expect(readFileSync(join(dir, 'd.clusterwire'), 'utf8')).toContain('"schemaVersion": 2');
  });

  it('an unwritable folder gives exit 4 with the reason', () => {
    expect(cli('new', '-o', 'missing/folder/d.clusterwire')).toMatchObject({
      code: 4,
      stderr: expect.stringContaining('the folder does not exist'),
    });
    if (process.getuid?.() !== 0) {
      const ro = join(dir, 'ro');
      writeFileSync(join(dir, 'x'), '');
      chmodSync(dir, 0o555);
      expect(cli('new', '-o', ro).code).toBe(4);
      chmodSync(dir, 0o755);
    }
  });

  it('an unknown template is a usage error naming the available ones', () => {
    const result = cli('new', '--template', 'nope');
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(
      'unknown template "nope"; available: pve-hci-3node, pve-hci-5node-storage',
    );
  });
});

describe('clusterwire templates', () => {
  it('lists templates as text and JSON', () => {
    expect(cli('templates').stdout).toContain('pve-hci-3node');
    const json = JSON.parse(cli('templates', '--format', 'json').stdout);
    expect(json.map((t: { name: string }) => t.name)).toEqual([
      'pve-hci-3node',
      'pve-hci-5node-storage',
      'empty',
    ]);
  });
});

describe('clusterwire validate', () => {
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

  it('a clean design exits 0; --format json has the contract shape', () => {
    write('d.clusterwire', serializeDesign(findTemplate('pve-hci-3node')!.build()));
    const result = cli('validate', 'd.clusterwire', '--format', 'json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.file).toBe('d.clusterwire');
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 3, suppressed: 0 });
    expect(report.findings[0]).toEqual({
      ruleId: 'ceph.public-cluster-same-link',
      severity: 'info',
      message: 'pve-01 carries Ceph public and cluster networks on the same interface (bond0)',
      targets: [{ kind: 'device', id: 'node-1' }],
      hint: expect.any(String),
      source: expect.any(String),
      suppressed: false,
      fingerprint: 'ceph.public-cluster-same-link:node-1',
    });
  });

  it('a design with errors exits 1; text is grouped by severity with hints', () => {
    const design = findTemplate('pve-hci-3node')!.build();
    design.devices[3]!.hostname = 'bad_name';
    design.clusters[0]!.domain = 'corp.local';
    write('d.clusterwire', serializeDesign(design));
    const result = cli('validate', 'd.clusterwire');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^d\.clusterwire: 1 error, 0 warnings, 4 infos\n\nErrors\n/);
    expect(result.stdout).toContain(
      'hostname "bad_name" of core-2 is not a valid RFC 1035 label  host.name-invalid\n    hint: ',
    );
    expect(result.stdout.indexOf('Errors')).toBeLessThan(result.stdout.indexOf('Infos'));
    expect(result.stdout).not.toContain('\x1b[');
  });

  it('colours text when forced (FORCE_COLOR) and shows suppressed findings as suppressed', () => {
    const design = findTemplate('pve-hci-3node')!.build();
    design.suppressions = [{ rule: 'ceph.public-cluster-same-link', reason: 'budget' }];
    write('d.clusterwire', serializeDesign(design));
    const result = runCli(['validate', 'd.clusterwire'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('\x1b[');
    expect(result.stdout).toContain('(3 suppressed)');
    expect(result.stdout).toContain('(reason: budget)');
  });

  it('suppressed errors do not fail the run', () => {
    const design = findTemplate('pve-hci-3node')!.build();
    design.devices[3]!.hostname = 'bad_name';
    design.suppressions = [{ rule: 'host.name-invalid', reason: 'renamed at install time' }];
    write('d.clusterwire', serializeDesign(design));
    expect(cli('validate', 'd.clusterwire').code).toBe(0);
  });

  it('--format sarif gives SARIF 2.1.0 with a physical location on every result', () => {
    const design = findTemplate('pve-hci-3node')!.build();
    design.devices[3]!.hostname = 'bad_name';
    const text = serializeDesign(design);
    write('d.clusterwire', text);
    const result = cli('validate', 'd.clusterwire', '--format', 'sarif');
    expect(result.code).toBe(1);
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('ClusterWire');
    // No invented project address: package.json declares no homepage.
    expect(run.tool.driver).not.toHaveProperty('informationUri');
    expect(run.tool.driver.rules).toHaveLength(RULES.length);
    expect(run.results).toHaveLength(4);
    for (const r of run.results) {
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('d.clusterwire');
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    }
    const bad = run.results.find((r: { ruleId: string }) => r.ruleId === 'host.name-invalid');
    expect(bad.level).toBe('error');
    const lines = text.split('\n');
    // The line of the first target: the start of core-2's device object.
    expect(lines[bad.locations[0].physicalLocation.region.startLine - 1]).toMatch(/^ {4}\{$/);
    expect(lines[bad.locations[0].physicalLocation.region.startLine]).toContain('"id": "core-2"');
  });

  it('malformed JSON exits 2 naming file, line and column', () => {
    write('bad.clusterwire', '{\n  "schemaVersion": 1,\n  "meta": {"name": "x",}\n}\n');
    const result = cli('validate', 'bad.clusterwire');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.clusterwire:3:');
    expect(result.stderr).toContain('malformed JSON');
  });

  it('a schema error exits 2 naming the JSON path and line', () => {
    const raw = JSON.parse(serializeDesign(findTemplate('pve-hci-3node')!.build()));
    raw.devices[2].ports[0].type = '400gbase-x';
    const text = JSON.stringify(raw, null, 2);
    write('d.clusterwire', text);
    const line = text.slice(0, text.indexOf('"400gbase-x"')).split('\n').length;
    const result = cli('validate', 'd.clusterwire');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`d.clusterwire:${line}:`);
    expect(result.stderr).toContain('(at $.devices[2].ports[0].type)');
  });

  it('a dangling reference exits 2', () => {
    const raw = JSON.parse(serializeDesign(findTemplate('pve-hci-3node')!.build()));
    raw.cables[0].b.port = 'swp99';
    write('d.clusterwire', JSON.stringify(raw));
    const result = cli('validate', 'd.clusterwire');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('device "core-02" has no port "swp99" (at $.cables[0].b.port)');
  });

  it('a pipe or a device is refused at once (exit 2), never read', () => {
    const fifo = join(dir, 'pipe.clusterwire');
    execFileSync('mkfifo', [fifo]);
    for (const path of [fifo, '/dev/zero']) {
      const started = Date.now();
      const result = cli('validate', path);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('not a regular file');
      expect(Date.now() - started).toBeLessThan(15_000);
    }
  });

  it('a newer file exits 2 naming both versions', () => {
    write('new.clusterwire', '{"schemaVersion": 9, "meta": {"name": "future"}}');
    const result = cli('validate', 'new.clusterwire');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/format version 9.*format version 2/);
  });

  it('a missing file or a folder exits 2', () => {
    expect(cli('validate', 'nope.clusterwire')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no such file'),
    });
    expect(cli('validate', '.')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('is a folder'),
    });
  });

  it('a file that is not UTF-8 exits 2', () => {
    writeFileSync(join(dir, 'bin.clusterwire'), Buffer.from([0xff, 0xfe, 0x00, 0x7b]));
    expect(cli('validate', 'bin.clusterwire')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not UTF-8'),
    });
  });

  it('an oversized file exits 2 without being parsed', () => {
    writeFileSync(join(dir, 'big.clusterwire'), Buffer.alloc(20 * 1024 * 1024 + 1, 0x20));
    expect(cli('validate', 'big.clusterwire')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('limited to 20.0 MiB'),
    });
  });
});

describe('clusterwire export', () => {
  const writeTemplate = () =>
    writeFileSync(
      join(dir, 'd.clusterwire'),
      serializeDesign(findTemplate('pve-hci-3node')!.build()),
    );

  it('writes the BOM and the cable schedule as CSV', () => {
    writeTemplate();
    const result = cli('export', 'd.clusterwire', '--bom', 'bom.csv', '--cables', 'cables.csv');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/wrote bill of materials to bom.csv \(\d+\.\d s\)/);
    // The design's name, revision and date come first, then an empty row, then the table.
    expect(readFileSync(join(dir, 'bom.csv'), 'utf8')).toMatch(
      /^document,ClusterWire bill of materials,[^]*\n,+\ncategory,manufacturer,model,part number,/,
    );
    expect(readFileSync(join(dir, 'cables.csv'), 'utf8').trim().split('\n')).toHaveLength(27); // 26 cables and the header
  });

  it('writes a PNG, and a PNG past the pixel cap exits 4 naming the scale that fits', () => {
    writeTemplate();
    expect(cli('export', 'd.clusterwire', '--png', 'd.png', '--scale', '2').code).toBe(0);
    expect(readFileSync(join(dir, 'd.png')).subarray(1, 4).toString()).toBe('PNG');
    const design = findTemplate('pve-hci-3node')!.build();
    design.layout.positions['node-3'] = { x: 9000, y: 6000 };
    writeFileSync(join(dir, 'big.clusterwire'), serializeDesign(design));
    const result = cli('export', 'big.clusterwire', '--png', 'big.png', '--scale', '4');
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(
      /big\.png: the PNG would be \d+ x \d+ pixels .*the largest scale that fits is 0?\.?\d/,
    );
  });

  it('writes the diagram as SVG', () => {
    writeTemplate();
    expect(cli('export', 'd.clusterwire', '--svg', 'd.svg').code).toBe(0);
    expect(readFileSync(join(dir, 'd.svg'), 'utf8')).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
  });

  it('--excel writes a byte-order mark and semicolons', () => {
    writeTemplate();
    expect(cli('export', 'd.clusterwire', '--bom', 'bom.csv', '--excel').code).toBe(0);
    expect(readFileSync(join(dir, 'bom.csv'), 'utf8')).toMatch(
      /^\ufeffdocument;ClusterWire bill of materials;[^]*\r\ncategory;manufacturer;/,
    );
  });

  it('an unreadable design exits 2, a missing output option or a bad --scale exits 3, an unwritable output exits 4', () => {
    writeFileSync(join(dir, 'bad.clusterwire'), '{');
    expect(cli('export', 'bad.clusterwire', '--bom', 'b.csv').code).toBe(2);
    writeTemplate();
    expect(cli('export', 'd.clusterwire')).toMatchObject({
      code: 3,
      stderr: expect.stringContaining('at least one output'),
    });
    expect(cli('export', 'd.clusterwire', '--png', 'd.png', '--scale', '5')).toMatchObject({
      code: 3,
      stderr: expect.stringContaining('--scale must be a number from 0.1 to 4'),
    });
    const result = cli(
      'export',
      'd.clusterwire',
      '--bom',
      'no/such/dir/b.csv',
      '--cables',
      'c.csv',
    );
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('the folder does not exist');
    expect(readFileSync(join(dir, 'c.csv'), 'utf8')).toContain('cable id'); // the other output still written
  });

  it('refuses, before writing anything, an output that is the design, another design, or named twice', () => {
    writeTemplate();
    const original = readFileSync(join(dir, 'd.clusterwire'), 'utf8');
    writeFileSync(join(dir, 'other.clusterwire'), original);
    writeFileSync(join(dir, 'design-copy.json'), original);
    for (const [args, reason] of [
      [['--svg', 'd.clusterwire'], 'd.clusterwire is the design being exported'],
      [['--svg', './d.clusterwire'], 'is the design being exported'],
      [['--bom', 'other.clusterwire'], 'is a design file name'],
      [['--cables', 'design-copy.json'], 'holds a ClusterWire design'],
      [['--bom', 'x.csv', '--cables', 'x.csv'], 'x.csv is named as two outputs'],
    ] as const) {
      const result = cli('export', 'd.clusterwire', '--svg', 'fine.svg', ...args);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain(reason);
      expect(result.stderr).toContain('nothing was written');
    }
    expect(readFileSync(join(dir, 'd.clusterwire'), 'utf8')).toBe(original);
    expect(readFileSync(join(dir, 'other.clusterwire'), 'utf8')).toBe(original);
    expect(readFileSync(join(dir, 'design-copy.json'), 'utf8')).toBe(original);
    expect(existsSync(join(dir, 'fine.svg'))).toBe(false);
  });
});

describe('clusterwire rules', () => {
  it('lists every rule as JSON with id, severity, title and source', () => {
    const result = cli('rules', '--format', 'json');
    expect(result.code).toBe(0);
    const rules = JSON.parse(result.stdout);
    expect(rules).toHaveLength(RULES.length);
    expect(rules[0]).toMatchObject({
      id: 'port.double-booked',
      severity: 'error',
      title: expect.any(String),
      source: expect.any(String),
    });
  });

  it('prints a table as text', () => {
    expect(cli('rules').stdout).toMatch(
      /^port\.double-booked +error +Port used by more than one cable/,
    );
  });

  it('--version prints the version', () => {
    expect(cli('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('clusterwire serve', () => {
  it('a missing design file exits 2 naming it; a bad --port exits 3', () => {
    expect(cli('serve', 'nope.clusterwire', '--no-open')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('nope.clusterwire: no such file'),
    });
    expect(cli('serve', '--port', 'http', '--no-open').code).toBe(3);
    expect(cli('serve', '--port', '70000', '--no-open').code).toBe(3);
  });
});

describe('usage errors exit 3', () => {
  it.each([
    [[]],
    [['frobnicate']],
    [['validate']],
    [['validate', 'a', 'b']],
    [['validate', 'a', '--format', 'xml']],
    [['rules', '--format', 'yaml']],
    [['new', '--bogus']],
  ])('clusterwire %j', (args) => {
    expect(cli(...args).code).toBe(3);
  });

  it('--help prints usage and exits 0', () => {
    expect(cli('--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: clusterwire'),
    });
  });
});

describe('control characters a user typed', () => {
  it('never reach the terminal raw, and the SVG stays well-formed XML', () => {
    const design = findTemplate('pve-hci-3node')!.build();
    design.devices[0]!.hostname = 'fw\u001b[2J\u0007-01'; // ESC [2J clears a screen; BEL rings
    writeFileSync(join(dir, 'ctl.clusterwire'), serializeDesign(design));
    const result = cli('validate', 'ctl.clusterwire');
    const raw = [...result.stdout].filter((ch) => ch < ' ' && ch !== '\n');
    expect(raw).toEqual([]);
    expect(result.stdout).toContain('fw\\x1b[2J\\x07-01');
    expect(cli('export', 'ctl.clusterwire', '--svg', 'ctl.svg').code).toBe(0);
    const svg = readFileSync(join(dir, 'ctl.svg'), 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('fw\ufffd[2J\ufffd-01');
  });
});

describe('clusterwire COMMAND --help', () => {
  it("prints that command's usage and exits 0, for every command", () => {
    for (const command of ['new', 'templates', 'validate', 'rules', 'export', 'serve']) {
      const result = cli(command, '--help');
      expect(result.code, command).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: clusterwire ${command}\\b`));
      expect(result.stdout.split('\n')[2]!.trim().length).toBeGreaterThan(10); // a description
    }
    expect(cli('serve', '-h').stdout).toContain('FILE|FOLDER');
    expect(cli('bogus', '--help').code).toBe(3);
  });
});
