import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/format';
import { template } from '../support/designs';
import { json0Of, reportsOf, rewire, wiresOf } from '../support/lldp';
import { runCli } from '../support/cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cw-compare-'));
  writeFileSync(join(dir, 'design.json'), serializeDesign(template()));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(args, { cwd: dir });

/** One json0 file per device of the reference design, built with `wires`. */
function writeReports(wires = wiresOf(template())): string[] {
  const files: string[] = [];
  for (const report of reportsOf(template(), wires)) {
    writeFileSync(join(dir, report.source), json0Of(report.neighbors));
    files.push(report.source);
  }
  return files;
}

describe('clusterwire check-cabling', () => {
  it('exits 0 when every designed cable is found', () => {
    const result = cli('check-cabling', 'design.json', ...writeReports());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Cabling: 26 ok\n/);
  });

  it('exits 1 on a mismatch and names it in text, JSON and CSV', () => {
    const design = template();
    const built = rewire(
      wiresOf(design),
      { host: 'pve-03', port: 'ens1f0' },
      {
        a: { host: 'pve-03', port: 'ens1f0' },
        b: { host: 'core-01', port: 'swp9' },
      },
    );
    const files = writeReports(built);
    const text = cli('check-cabling', 'design.json', ...files);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(
      'N3-A pve-03:ens1f0 - core-01:swp3: wrong port (pve-03:ens1f0 reaches core-01:swp9, not core-01:swp3)',
    );
    const json = cli('check-cabling', 'design.json', ...files, '--format', 'json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as {
      summary: Record<string, number>;
      results: Array<{ status: string; label?: string }>;
    };
    expect(report.summary).toMatchObject({ ok: 25, 'wrong-port': 1 });
    expect(report.results[0]).toMatchObject({ status: 'wrong-port', label: 'N3-A' });
    const csv = cli('check-cabling', 'design.json', ...files, '--format', 'csv');
    const rows = parse(csv.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows[0]).toMatchObject({
      status: 'wrong-port',
      label: 'N3-A',
      a_device: 'pve-03',
      a_port: 'ens1f0',
    });
    expect(rows).toHaveLength(26);
  });

  it('takes --device with one file, and reads the documented shapes', () => {
    copyFileSync(resolve('tests/fixtures/lldp/lldpd-json-several.json'), join(dir, 'node.json'));
    const result = cli(
      'check-cabling',
      'design.json',
      'node.json',
      '--device',
      'pve-01.lab.example.net',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('N1-B pve-01:ens1f1 - core-02:swp1: ok');
  });

  it('exits 2 for an unreadable or unrecognised file, or a device the design lacks', () => {
    writeFileSync(join(dir, 'pve-01.json'), '{"lldp": [');
    const bad = cli('check-cabling', 'design.json', 'pve-01.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('pve-01.json: not valid JSON at line 1, column');
    writeFileSync(join(dir, 'pve-01.json'), '{"neighbours": []}');
    expect(cli('check-cabling', 'design.json', 'pve-01.json').stderr).toContain('not LLDP output');
    expect(cli('check-cabling', 'design.json', 'absent.json').code).toBe(2);
    writeFileSync(join(dir, 'pve-09.json'), '{"lldp": [{}]}');
    const stranger = cli('check-cabling', 'design.json', 'pve-09.json');
    expect(stranger.code).toBe(2);
    expect(stranger.stderr).toContain('no device "pve-09" in the design');
  });

  it('exits 3 on usage errors and prints usage for --help', () => {
    expect(cli('check-cabling', 'design.json').code).toBe(3);
    writeReports();
    expect(
      cli('check-cabling', 'design.json', 'pve-01.json', 'pve-02.json', '--device', 'x').code,
    ).toBe(3);
    expect(cli('check-cabling', 'design.json', 'pve-01.json', '--format', 'xml').code).toBe(3);
    const help = cli('check-cabling', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: clusterwire check-cabling DESIGN FILE...');
  });
});

describe('clusterwire diff', () => {
  function writeRevision(name: string, edit: (d: ReturnType<typeof template>) => void) {
    const design = template();
    edit(design);
    writeFileSync(join(dir, name), serializeDesign(design));
  }

  it('exits 0 for the same design, 1 when something changed', () => {
    expect(cli('diff', 'design.json', 'design.json')).toMatchObject({
      code: 0,
      stdout: 'design.json -> design.json: no changes\n',
    });
    writeRevision('r2.json', (d) => {
      d.networks.find((n) => n.id === 'net-mgmt')!.vlan = 11;
      d.cables.find((c) => c.label === 'N1-A')!.b.port = 'swp5';
    });
    const text = cli('diff', 'design.json', 'r2.json');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('~ network Management: VLAN 10 -> 11');
    expect(text.stdout).toContain('> cable N1-A moved from core-01:swp1 to core-01:swp5');
    const markdown = cli('diff', 'design.json', 'r2.json', '--format', 'markdown');
    expect(markdown.stdout).toContain('### Cables');
    const json = JSON.parse(cli('diff', 'design.json', 'r2.json', '--format', 'json').stdout) as {
      changes: Array<{ kind: string; entity: string; id: string }>;
    };
    expect(json.changes).toEqual([
      expect.objectContaining({ kind: 'moved', entity: 'cable', id: 'cab-node1-core1' }),
      expect.objectContaining({ kind: 'changed', entity: 'network', id: 'net-mgmt' }),
    ]);
  });

  it('reports layout changes only with --layout', () => {
    writeRevision('moved.json', (d) => {
      d.layout.positions['node-2'] = { x: 999, y: 999 };
    });
    expect(cli('diff', 'design.json', 'moved.json').code).toBe(0);
    const layout = cli('diff', 'design.json', 'moved.json', '--layout');
    expect(layout.code).toBe(1);
    expect(layout.stdout).toContain('pve-02 moved on the canvas');
  });

  it('exits 2 for an unreadable design and 3 for usage errors', () => {
    writeFileSync(join(dir, 'broken.json'), '{');
    expect(cli('diff', 'design.json', 'broken.json').code).toBe(2);
    expect(cli('diff', 'design.json').code).toBe(3);
    expect(cli('diff', 'design.json', 'design.json', '--format', 'html').code).toBe(3);
    expect(cli('diff', '--help').stdout).toContain('Usage: clusterwire diff OLD NEW');
  });
});
