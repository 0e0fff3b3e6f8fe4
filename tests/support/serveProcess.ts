import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { CLI } from './cli';

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** SIGKILL: the server dies the way a crash would, with no chance to clean up. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** `clusterwire serve` as users run it (a child process, electron denied), on a free port. */
export async function startServe(
  args: string[],
  options: { cwd: string; dataDir: string },
): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    ['--import', resolve('tests/support/deny-electron.mjs'), CLI, 'serve', '--no-open', ...args],
    { cwd: options.cwd, env: { ...process.env, CLUSTERWIRE_DATA_DIR: options.dataDir } },
  );
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\S+\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[0]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`serve exited (${code}):\n${output}`)));
  });
  const ended = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    url,
    child,
    kill: async () => {
      child.kill('SIGKILL');
      await ended;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await ended;
    },
  };
}
