import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeDesign } from '../../shared/format';
import type { Design } from '../../shared/model';
import { template } from '../support/designs';

/** Faults injected into the real fs calls the file services make. */
const faults = vi.hoisted(() => ({
  rename: null as NodeJS.ErrnoException | null,
  /** Fails only the rename onto this path: a save interrupted after its backup was kept. */
  renameOnto: null as string | null,
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
    if (faults.renameOnto !== null && args[1] === faults.renameOnto)
      throw Object.assign(new Error('EIO'), { code: 'EIO' });
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

const { openDocument, readAhead, saveDocument, takeReadAhead } =
  await import('../../main/services/documents');
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
    faults.open = errno('EACCES');
    expect(await failure(openDocument(path))).toMatchObject({
      code: 'io',
      message: expect.stringContaining('permission denied'),
    });
  });
});

describe('the launch file read ahead', () => {
  it('is taken once by the open of its path, with a stamp of the bytes on disk now', async () => {
    const { path, design } = saved();
    void readAhead(path);
    expect(await takeReadAhead(join(dir, 'other.clusterwire'))).toBeNull();
    const taken = await takeReadAhead(path);
    expect((JSON.parse(taken?.designJson ?? '{}') as Design).meta.name).toBe(design.meta.name);
    expect(taken?.stamp).toEqual((await openDocument(path)).stamp);
    expect(await takeReadAhead(path)).toBeNull();
  });

  it('is dropped when the file changed after it was read', async () => {
    const { path } = saved();
    await readAhead(path);
    const changed = template();
    changed.meta.name = 'Changed on disk';
    writeFileSync(path, serializeDesign(changed));
    expect(await takeReadAhead(path)).toBeNull();
    expect((await openDocument(path)).design.meta.name).toBe('Changed on disk');
  });

  it('of a broken file leaves the error to the open that follows', async () => {
    const path = join(dir, 'broken.clusterwire');
    writeFileSync(path, '{ not json');
    await readAhead(path);
    expect(await takeReadAhead(path)).toBeNull();
    expect((await failure(openDocument(path))).code).toBe('invalid-design');
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

  it('the backup is a copy of its own, never a hard link to the live file, even when the save is interrupted', async () => {
    const { path, text, design } = saved();
    const { stamp } = await openDocument(path);
    design.meta.name = 'changed';
    faults.renameOnto = path;
    await failure(saveDocument({ path, design, expected: stamp, overwrite: false }));
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(statSync(path).nlink).toBe(1);
    faults.renameOnto = null;
    await saveDocument({ path, design, expected: stamp, overwrite: false });
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(text);
    expect(statSync(path).nlink).toBe(1);
    expect(statSync(`${path}.bak`).nlink).toBe(1);
    expect(statSync(`${path}.bak`).ino).not.toBe(statSync(path).ino);
  });

  it('a backup that cannot be kept stops the save before the file is touched', async () => {
    const { path, text, design } = saved();
    const { stamp } = await openDocument(path);
    design.meta.name = 'changed';
    // A folder where the backup goes: the backup's rename fails, and so must the save.
    mkdirSync(`${path}.bak`);
    const error = await failure(saveDocument({ path, design, expected: stamp, overwrite: false }));
    expect(error).toMatchObject({ code: 'io', message: expect.stringContaining('was not saved') });
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(leftovers()).toEqual([]);
  });

  it('a backup path someone replaced with a link is replaced, never written through', async () => {
    const { path, text, design } = saved();
    const { stamp } = await openDocument(path);
    const elsewhere = join(dir, 'elsewhere.txt');
    writeFileSync(elsewhere, 'not yours');
    symlinkSync(elsewhere, `${path}.bak`);
    await saveDocument({ path, design, expected: stamp, overwrite: false });
    expect(readFileSync(elsewhere, 'utf8')).toBe('not yours');
    expect(lstatSync(`${path}.bak`).isFile()).toBe(true);
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(text);
  });

  it('of 20 saves made at once from the same stamp, exactly one wins; .bak is the version before it', async () => {
    const { path, text } = saved();
    const { stamp } = await openDocument(path);
    const racers = Array.from({ length: 20 }, (_, i) => {
      const design = template();
      design.meta.name = `racer ${i}`;
      return design;
    });
    const outcomes = await Promise.allSettled(
      racers.map((design) => saveDocument({ path, design, expected: stamp, overwrite: false })),
    );
    const won = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i] : []));
    expect(won).toHaveLength(1);
    for (const o of outcomes) {
      if (o.status === 'rejected')
        expect((o.reason as InstanceType<typeof BridgeFailure>).error.code).toBe('conflict');
    }
    expect((await openDocument(path)).design.meta.name).toBe(`racer ${won[0]}`);
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(text);
    expect(leftovers()).toEqual([]);
  });

  it('keeps the permissions of the file it replaces, and gives the backup the same', async () => {
    const { path, design } = saved();
    chmodSync(path, 0o600);
    const { stamp } = await openDocument(path);
    design.meta.name = 'private';
    await saveDocument({ path, design, expected: stamp, overwrite: false });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(`${path}.bak`).mode & 0o777).toBe(0o600);
  });

  it('saving a linked design writes the file the link points to, and the link stays', async () => {
    mkdirSync(join(dir, 'real'));
    const real = join(dir, 'real', 'd.clusterwire');
    writeFileSync(real, serializeDesign(template()));
    const link = join(dir, 'd.clusterwire');
    symlinkSync(join('real', 'd.clusterwire'), link);
    const { stamp, design } = await openDocument(link);
    design.meta.name = 'through the link';
    await saveDocument({ path: link, design, expected: stamp, overwrite: false });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect((await openDocument(real)).design.meta.name).toBe('through the link');
    expect(readdirSync(join(dir, 'real')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a FIFO where the design should be is refused at once, not read forever', async () => {
    const path = join(dir, 'pipe.clusterwire');
    execFileSync('mkfifo', [path]);
    const error = await failure(
      saveDocument({ path, design: template(), expected: null, overwrite: true }),
    );
    expect(error).toMatchObject({
      code: 'io',
      message: expect.stringContaining('not a regular file'),
    });
  });

  it('temp files left by killed saves are removed; those of live processes and others stay', async () => {
    const { path } = saved();
    const dead = '.a.clusterwire.2147483646.deadbeef.tmp';
    const live = `.a.clusterwire.${process.pid}.cafebabe.tmp`;
    const foreign = '.a.clusterwire.notours.tmp';
    for (const name of [dead, live, foreign]) writeFileSync(join(dir, name), 'partial');
    await openDocument(path);
    expect(
      readdirSync(dir)
        .filter((n) => n.endsWith('.tmp'))
        .sort(),
    ).toEqual([foreign, live].sort());
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
