import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/format';
import { runCli } from '../support/cli';
import { template } from '../support/designs';
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

  it('opens the design named at launch from its read-ahead, the same as a later open', async () => {
    const path = join(folder, 'launch.clusterwire');
    const design = template();
    writeFileSync(path, serializeDesign(design));
    const server = await startServe(['launch.clusterwire'], {
      cwd: folder,
      dataDir: join(base, 'data'),
    });
    try {
      const open = async () => {
        const response = await fetch(`${server.url}api/open`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: new URL(server.url).origin },
          body: JSON.stringify({ path }),
        });
        return (await response.json()) as {
          ok: boolean;
          value: { path: string; design: unknown; stamp: { sha256: string } };
        };
      };
      // The first open takes the thread's answer, spliced in as text; the second reads the file.
      const first = await open();
      const second = await open();
      expect(first.ok).toBe(true);
      expect(first.value.design).toEqual(design);
      expect(first.value).toEqual(second.value);
      // The thread's answer has the design spliced in last; a plain open writes it second.
      expect(Object.keys(first.value).at(-1)).toBe('design');
      expect(Object.keys(second.value).at(-1)).not.toBe('design');
      expect(first.value.stamp.sha256).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await server.stop();
    }
  });

  it('a name that is neither a file nor a folder exits 2 and says so', () => {
    const result = runCli(['serve', 'nope', '--no-open'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nope: no such file or folder');
  });
});
