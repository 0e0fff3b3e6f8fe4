import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/format';
import { findTemplate } from '../../shared/templates';
import { runCli } from '../support/cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cw-generate-'));
  writeFileSync(join(dir, 'd.json'), serializeDesign(findTemplate('pve-hci-3node')!.build()));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const cli = (...args: string[]) => runCli(args, { cwd: dir });

describe('clusterwire generate', () => {
  it('writes every file and lists them (exit 0); the same design gives the same bytes', () => {
    const first = cli('generate', 'd.json', '-o', 'out');
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n')).toContain('out/pve-01/interfaces');
    expect(first.stderr).toContain('wrote 11 files to out');
    const conf = readFileSync(join(dir, 'out/pve-hci.cluster/corosync.conf'), 'utf8');
    expect(conf).toContain('config_version: 3');
    expect(cli('generate', 'd.json', '-o', 'again').code).toBe(0);
    expect(readFileSync(join(dir, 'again/pve-hci.cluster/corosync.conf'), 'utf8')).toBe(conf);
  });

  it('refuses a non-empty folder without --force (exit 4), leaving it untouched', () => {
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out/notes.txt'), 'precious');
    const refused = cli('generate', 'd.json', '-o', 'out');
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('out: the folder is not empty');
    expect(readdirSync(join(dir, 'out'))).toEqual(['notes.txt']);
    expect(cli('generate', 'd.json', '-o', 'out', '--force').code).toBe(0);
    expect(readFileSync(join(dir, 'out/notes.txt'), 'utf8')).toBe('precious');
  });

  it('with --force, names the files of an earlier generation it did not write, and leaves them', () => {
    expect(cli('generate', 'd.json', '-o', 'out').code).toBe(0);
    writeFileSync(join(dir, 'out/notes.txt'), 'mine');
    // A node renamed since: its old folder holds an outdated interfaces file.
    const design = findTemplate('pve-hci-3node')!.build();
    design.devices.find((d) => d.hostname === 'pve-03')!.hostname = 'pve-33';
    writeFileSync(join(dir, 'd.json'), serializeDesign(design));
    const forced = cli('generate', 'd.json', '-o', 'out', '--force');
    expect(forced.code).toBe(0);
    const stale = /note: 1 file from an earlier generation stays? in out .*: (.*)$/m.exec(
      forced.stderr,
    );
    expect(stale?.[1]).toBe('pve-03/interfaces');
    expect(readFileSync(join(dir, 'out/notes.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(join(dir, 'out/pve-03'))).toEqual(['interfaces']);
  });

  it('makes the output folder under a parent that is a link to a folder', () => {
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    expect(cli('generate', 'd.json', '-o', 'link/out/here').code).toBe(0);
    expect(readdirSync(join(dir, 'real/out/here'))).toContain('runbook.md');
  });

  it.skipIf(process.platform !== 'linux')(
    'reports a folder that cannot be made under /proc (exit 4) instead of looping',
    () => {
      const refused = cli('generate', 'd.json', '-o', '/proc/clusterwire-test/out');
      expect(refused.code).toBe(4);
      expect(refused.stderr).toContain('/proc/clusterwire-test/out');
    },
  );

  it('refuses a design lacking a fact (exit 1), listing device, field and message, writing nothing', () => {
    const design = findTemplate('pve-hci-3node')!.build();
    delete design.mlagPairs[0]!.systemMac;
    delete design.networks.find((n) => n.role === 'management')!.gateway;
    writeFileSync(join(dir, 'd.json'), serializeDesign(design));
    const refused = cli('generate', 'd.json', '-o', 'out');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('MLAG pair core: system MAC:');
    expect(refused.stderr).toContain('Management: gateway:');
    expect(refused.stderr).toContain('Nothing was written');
    expect(() => readdirSync(join(dir, 'out'))).toThrow();
  });

  it('refuses a design with errors (exit 1)', () => {
    const design = findTemplate('pve-hci-3node')!.build();
    design.devices[0]!.hostname = 'bad name';
    writeFileSync(join(dir, 'd.json'), serializeDesign(design));
    const refused = cli('generate', 'd.json', '-o', 'out');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/has \d+ errors?; fix them first/);
  });

  it('says on stderr which switches keep the platform their model names when --switch-platform is given', () => {
    const run = cli('generate', 'd.json', '-o', 'out', '--switch-platform', 'eos');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'note: --switch-platform eos applies only to switches whose model names no platform; core-01 uses nvue (from its model), core-02 uses nvue (from its model)',
    );
    expect(readdirSync(join(dir, 'out/core-01'))).toEqual(['nvue-commands.sh']);
    expect(cli('generate', 'd.json', '-o', 'plain').stderr).not.toContain('note:');
  });

  it('exit 2 for an unreadable design, 3 for usage errors', () => {
    writeFileSync(join(dir, 'bad.json'), '{');
    expect(cli('generate', 'bad.json', '-o', 'out').code).toBe(2);
    expect(cli('generate', 'd.json').code).toBe(3);
    expect(cli('generate', 'd.json', '-o', 'out', '--switch-platform', 'ios').code).toBe(3);
    const help = cli('generate', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: clusterwire generate FILE -o DIR');
  });
});
