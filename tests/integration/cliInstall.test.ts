import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI } from '../support/cli';

/**
 * How the CLI is reached from outside the checkout: package.json's bin, `npm link` (a symlink
 * on the PATH to a symlink of the checkout) or the file's own path, and what it says when the
 * checkout was never built.
 */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cw-install-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const node = (script: string, args: string[], cwd: string) => {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('bin/clusterwire.mjs', () => {
  it('is the package bin, executable, and run by node through its shebang', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
    expect(resolve(pkg.bin.clusterwire!)).toBe(CLI);
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
    expect(readFileSync(CLI, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('runs from another folder through symlinks laid out as npm link lays them out', () => {
    // {prefix}/lib/node_modules/clusterwire -> checkout; {prefix}/bin/clusterwire -> its bin.
    mkdirSync(join(dir, 'lib', 'node_modules'), { recursive: true });
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(resolve('.'), join(dir, 'lib', 'node_modules', 'clusterwire'));
    symlinkSync(
      '../lib/node_modules/clusterwire/bin/clusterwire.mjs',
      join(dir, 'bin', 'clusterwire'),
    );
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
    const result = node(join(dir, 'bin', 'clusterwire'), ['--version'], join(dir, 'elsewhere'));
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('exits 3 (a documented code) and says how to build when the CLI is not built', () => {
    // A checkout without dist/: the launcher alone.
    mkdirSync(join(dir, 'checkout', 'bin'), { recursive: true });
    const launcher = join(dir, 'checkout', 'bin', 'clusterwire.mjs');
    copyFileSync(CLI, launcher);
    const result = node(launcher, ['validate', 'd.clusterwire'], dir);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(
      `clusterwire: the CLI is not built yet; run "npm run build:node" (or "npm install") in ${join(dir, 'checkout')}/\n`,
    );
  });
});

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const shellLines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
    m[1]!.split('\n'),
  );

  it('never tells users to run `npx clusterwire` (outside the checkout npx asks the registry)', () => {
    const viaNpx = shellLines.filter((l) => /\bnpx\s+clusterwire\b/.test(l));
    expect(viaNpx).toEqual([]);
    expect(shellLines.filter((l) => /^clusterwire /.test(l)).length).toBeGreaterThan(10);
  });

  it('says how to put the CLI on the PATH, or to run the file by its path', () => {
    expect(shellLines).toContain(
      'npm link                 # puts `clusterwire` on your PATH, pointing at this checkout',
    );
    expect(readme).toContain('node /path/to/clusterwire/bin/clusterwire.mjs');
  });
});
