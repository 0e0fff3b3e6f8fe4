import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cw-paper-'));
  expect(runCli(['new', '-o', 'd.clusterwire'], { cwd: dir }).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('clusterwire export --paper', () => {
  it('fits SVG and PNG to A3 landscape: physical size on the root, viewBox kept, PNG at 300 dpi', () => {
    const result = runCli(
      ['export', 'd.clusterwire', '--svg', 'a.svg', '--png', 'a.png', '--paper', 'a3'],
      {
        cwd: dir,
      },
    );
    expect(result.stderr).not.toMatch(/at \w+ \(/);
    expect(result.code).toBe(0);
    const svg = readFileSync(join(dir, 'a.svg'), 'utf8');
    expect(svg).toMatch(
      /^<svg [^>]*width="420mm" height="297mm" preserveAspectRatio="xMidYMid meet" viewBox="0 0 \d+ \d+"/,
    );
    const png = readFileSync(join(dir, 'a.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([4961, 3508]);
  }, 60_000);

  it('refuses an unknown paper, --paper with --scale, and --paper without a diagram (exit 3)', () => {
    for (const args of [
      ['--svg', 'x.svg', '--paper', 'a5'],
      ['--png', 'x.png', '--paper', 'a4', '--scale', '2'],
      ['--bom', 'x.csv', '--paper', 'a4'],
    ]) {
      const result = runCli(['export', 'd.clusterwire', ...args], { cwd: dir });
      expect(result.code, args.join(' ')).toBe(3);
      expect(result.stderr).toMatch(/--paper/);
    }
    expect(existsSync(join(dir, 'x.svg')) || existsSync(join(dir, 'x.png'))).toBe(false);
  });

  it('is in export --help, on the usage line of the diagram options', () => {
    const usage = runCli(['export', '--help']).stdout.split('\n')[0]!;
    expect(usage).toMatch(/^Usage: clusterwire export FILE .*--svg F.*--paper a4\|a3\|letter/);
  });
});
