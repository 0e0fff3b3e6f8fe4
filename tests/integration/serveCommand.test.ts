import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { startServe } from '../support/serveProcess';

let base: string;
let folder: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'cw-serve-cmd-'));
  folder = join(base, 'designs');
  mkdirSync(join(folder, 'sub'), { recursive: true });
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('clusterwire serve FOLDER', () => {
  it('serves `.` and a named folder with nothing open, and tidies temp files of killed saves', async () => {
    const stale = join(folder, 'sub', '.d.clusterwire.2147483646.0badf00d.tmp');
    writeFileSync(stale, 'half a design');
    for (const [arg, served] of [
      ['.', folder],
      ['sub', join(folder, 'sub')],
    ] as const) {
      const server = await startServe([arg], { cwd: folder, dataDir: join(base, 'data') });
      const info = (await (
        await fetch(`${server.url}api/info`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: new URL(server.url).origin },
          body: '{}',
        })
      ).json()) as { ok: boolean; value: { root: string; initialFile: string | null } };
      await server.stop();
      expect(info.value).toMatchObject({ root: served, initialFile: null });
    }
    expect(existsSync(stale)).toBe(false);
  });

  it('a name that is neither a file nor a folder exits 2 and says so', () => {
    const result = runCli(['serve', 'nope', '--no-open'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nope: no such file or folder');
  });
});
