import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const CLI = resolve('bin/clusterwire.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI as users run it: a child process of plain Node, with electron denied. */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): CliResult {
  const result = spawnSync(
    process.execPath,
    ['--import', resolve('tests/support/deny-electron.mjs'), CLI, ...args],
    {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
