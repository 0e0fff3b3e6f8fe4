import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeDesign } from '../../shared/format';
import { template } from '../support/designs';

/** Faults injected into the real fs calls the file services make. */
const faults = vi.hoisted(() => ({
  rename: null as NodeJS.ErrnoException | null,
  /** Fails the temp-file write after part of the data is on disk. */
  write: null as NodeJS.ErrnoException | null,
  open: null as NodeJS.ErrnoException | null,
  link: null as NodeJS.ErrnoException | null,
  copyFile: null as NodeJS.ErrnoException | null,
  readFile: null as NodeJS.ErrnoException | null,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const open: typeof real.open = async (...args) => {
    if (faults.open) throw faults.open;
    const handle = await real.open(...args);
    if (!faults.write) return handle;
    const error = faults.write;
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'writeFile') {
          return async () => {
            await target.writeFile('{"schemaVer');
            throw error;
          };
        }
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  };
  const rename: typeof real.rename = async (...args) => {
    if (faults.rename) throw faults.rename;
    return real.rename(...args);
  };
  const link: typeof real.link = async (...args) => {
    if (faults.link) throw faults.link;
    return real.link(...args);
  };
  const copyFile: typeof real.copyFile = async (...args) => {
    if (faults.copyFile) throw faults.copyFile;
    return real.copyFile(...args);
  };
  const readFile = (async (...args: Parameters<typeof real.readFile>) => {
    if (faults.readFile) throw faults.readFile;
    return real.readFile(...args);
  }) as typeof real.readFile;
  const patched = { ...real, open, rename, link, copyFile, readFile };
  return { ...patched, default: patched };
});

const { openDocument, saveDocument } = await import('../../main/services/documents');
const { BridgeFailure } = await import('../../main/services/bridgeFailure');

const errno = (code: string) => Object.assign(new Error(code), { code });

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BridgeFailure) return error.error;
    throw error;
  }
  throw new Error('expected a BridgeFailure');
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cw-docs-'));
});
afterEach(() => {
  for (const key of Object.keys(faults)) faults[key as keyof typeof faults] = null;
  rmSync(dir, { recursive: true, force: true });
});

const leftovers = () => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

function saved(name = 'a.clusterwire') {
  const path = join(dir, name);
  const design = template();
  writeFileSync(path, serializeDesign(design));
  return { path, design, text: readFileSync(path, 'utf8') };
}

describe('open', () => {
  it('loads a design with a stamp of its bytes', async () => {
    const { path, design } = saved();
    const opened = await openDocument(path);
    expect(opened.design.meta.name).toBe(design.meta.name);
    expect(opened.stamp.size).toBe(readFileSync(path).byteLength);
    expect(opened.stamp.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a corrupt file is a typed error with line and column, and stays untouched', async () => {
    const path = join(dir, 'broken.clusterwire');
    const text = '{\n  "schemaVersion": 1,\n  "meta": { "name": "x" },,\n}\n';
    writeFileSync(path, text);
    const error = await failure(openDocument(path));
    expect(error.code).toBe('invalid-design');
    expect(error.message).toMatch(/^broken\.clusterwire:3:\d+: /);
    expect(error.problems?.[0]).toMatchObject({ code: 'syntax', line: 3 });
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('a newer file version is refused by name', async () => {
    const path = join(dir, 'future.clusterwire');
    writeFileSync(path, JSON.stringify({ schemaVersion: 99, meta: { name: 'x' } }));
    const error = await failure(openDocument(path));
    expect(error.code).toBe('invalid-design');
    expect(error.problems?.[0]?.code).toBe('version');
  });

  it('a missing file and permission denied are io errors in plain words', async () => {
    expect(await failure(openDocument(join(dir, 'nope.clusterwire')))).toMatchObject({
      code: 'io',
      message: expect.stringContaining('no such file'),
    });
    const { path } = saved();
    faults.readFile = errno('EACCES');
    expect(await failure(openDocument(path))).toMatchObject({
      code: 'io',
      message: expect.stringContaining('permission denied'),
    });
  });
});

describe('save', () => {
  it('writes a new file that opens again to the same design', async () => {
    const path = join(dir, 'new.clusterwire');
    const design = template();
    const result = await saveDocument({ path, design, expected: null, overwrite: false });
    expect((await openDocument(path)).design).toEqual(design);
    expect(result.stamp.sha256).toBe((await openDocument(path)).stamp.sha256);
    expect(existsSync(`${path}.bak`)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('keeps the previous version as .bak', async () => {
    const { path, text } = saved();
    const { stamp, design } = await openDocument(path);
    design.meta.name = 'renamed';
    await saveDocument({ path, design, expected: stamp, overwrite: false });
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(text);
    expect((await openDocument(path)).design.meta.name).toBe('renamed');
  });

  it('Save As onto an existing file asks first (exists), then replaces on confirmation', async () => {
    const { path } = saved();
    const other = template('pve-hci-5node-storage');
    const error = await failure(
      saveDocument({ path, design: other, expected: null, overwrite: false }),
    );
    expect(error.code).toBe('exists');
    await saveDocument({ path, design: other, expected: null, overwrite: true });
    expect((await openDocument(path)).design.meta.name).toBe(other.meta.name);
  });

  it('refuses to save over a file changed on disk since it was opened (conflict)', async () => {
    const { path } = saved();
    const opened = await openDocument(path);
    const theirs = template('pve-hci-5node-storage');
    writeFileSync(path, serializeDesign(theirs));
    const error = await failure(
      saveDocument({ path, design: opened.design, expected: opened.stamp, overwrite: false }),
    );
    expect(error.code).toBe('conflict');
    expect(readFileSync(path, 'utf8')).toBe(serializeDesign(theirs));
    // Confirmed: ours replaces theirs, and theirs is kept as the backup.
    await saveDocument({ path, design: opened.design, expected: opened.stamp, overwrite: true });
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(serializeDesign(theirs));
  });

  it('never saves over a corrupt or newer-version file, even when confirmed', async () => {
    for (const text of [
      '{ "schemaVersion": 1, oops',
      '{"schemaVersion": 99, "meta": {"name": "x"}}',
    ]) {
      const path = join(dir, 'keep.clusterwire');
      writeFileSync(path, text);
      const error = await failure(
        saveDocument({ path, design: template(), expected: null, overwrite: true }),
      );
      expect(error.code).toBe('protected');
      expect(readFileSync(path, 'utf8')).toBe(text);
    }
  });

  it('a write failure mid-save (disk full) leaves the old file intact and no temp file', async () => {
    const { path, text, design } = saved();
    const { stamp } = await openDocument(path);
    design.meta.name = 'changed';
    faults.write = errno('ENOSPC');
    const error = await failure(saveDocument({ path, design, expected: stamp, overwrite: false }));
    expect(error).toMatchObject({
      code: 'io',
      message: expect.stringContaining('the disk is full'),
    });
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(leftovers()).toEqual([]);
  });

  it('a rename failure leaves the old file intact and no temp file', async () => {
    const { path, text, design } = saved();
    const { stamp } = await openDocument(path);
    faults.rename = errno('EACCES');
    const error = await failure(saveDocument({ path, design, expected: stamp, overwrite: false }));
    expect(error).toMatchObject({
      code: 'io',
      message: expect.stringContaining('permission denied'),
    });
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(leftovers()).toEqual([]);
  });

  it('a read-only disk and permission denied are named, and nothing is written', async () => {
    const path = join(dir, 'ro.clusterwire');
    faults.open = errno('EROFS');
    expect(
      await failure(saveDocument({ path, design: template(), expected: null, overwrite: false })),
    ).toMatchObject({ code: 'io', message: expect.stringContaining('read-only') });
    faults.open = errno('EACCES');
    expect(
      await failure(saveDocument({ path, design: template(), expected: null, overwrite: false })),
    ).toMatchObject({ code: 'io', message: expect.stringContaining('permission denied') });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('without hard links (FAT, some shares) the backup is a copy', async () => {
    const { path, text, design } = saved();
    const { stamp } = await openDocument(path);
    faults.link = errno('EPERM');
    await saveDocument({ path, design, expected: stamp, overwrite: false });
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(text);
  });

  it('a backup that cannot be kept stops the save before the file is touched', async () => {
    const { path, text, design } = saved();
    const { stamp } = await openDocument(path);
    design.meta.name = 'changed';
    faults.link = errno('EPERM');
    faults.copyFile = errno('ENOSPC');
    const error = await failure(saveDocument({ path, design, expected: stamp, overwrite: false }));
    expect(error).toMatchObject({ code: 'io', message: expect.stringContaining('was not saved') });
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(leftovers()).toEqual([]);
  });

  it('a folder that vanished is named, and the design in memory is unaffected', async () => {
    const gone = join(dir, 'gone');
    const design = template();
    const before = serializeDesign(design);
    const error = await failure(
      saveDocument({ path: join(gone, 'x.clusterwire'), design, expected: null, overwrite: false }),
    );
    expect(error).toMatchObject({ code: 'io', message: expect.stringContaining('does not exist') });
    expect(serializeDesign(design)).toBe(before);
  });
});
