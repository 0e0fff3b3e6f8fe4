import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareWithFile, recoveryStore } from '../../main/services/recovery';
import { loadDesign, serializeDesign } from '../../shared/format';
import type { FileStamp } from '../../shared/ipc';
import type { Design } from '../../shared/model';
import { saveDocument } from '../../main/services/documents';
import { template } from '../support/designs';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('recovery: autosave against the file on disk', () => {
  it('says the autosave is newer when the file was written before it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const file = join(dir, 'a.clusterwire');
    writeFileSync(file, '{}');
    const old = new Date('2026-01-01T10:00:00Z');
    utimesSync(file, old, old);
    const entry = {
      key: 'doc-aaaaaaaa',
      path: file,
      name: 'a',
      savedAt: '2026-01-01T10:05:00.000Z',
    };
    expect(await compareWithFile(entry)).toEqual({
      ...entry,
      fileModifiedAt: '2026-01-01T10:00:00.000Z',
      newer: 'autosave',
    });
  });

  it('says the file is newer when it was saved after the autosave', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const file = join(dir, 'a.clusterwire');
    writeFileSync(file, '{}');
    const later = new Date('2026-01-01T10:10:00Z');
    utimesSync(file, later, later);
    const entry = {
      key: 'doc-aaaaaaaa',
      path: file,
      name: 'a',
      savedAt: '2026-01-01T10:05:00.000Z',
    };
    expect(await compareWithFile(entry)).toMatchObject({ newer: 'file' });
  });

  it('a never-saved design or a vanished file has nothing to compare with', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const entry = {
      key: 'doc-aaaaaaaa',
      path: null,
      name: 'a',
      savedAt: '2026-01-01T10:05:00.000Z',
    };
    expect(await compareWithFile(entry)).toEqual(entry);
    const gone = { ...entry, path: join(dir, 'gone.clusterwire') };
    expect(await compareWithFile(gone)).toEqual({ ...gone, fileModifiedAt: null });
  });

  it('the store lists entries with the comparison; a superseded one is set aside', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const file = join(dir, 'b.clusterwire');
    writeFileSync(file, '{}');
    const store = recoveryStore(join(dir, 'recovery'));
    const older = new Date(Date.now() - 60_000);
    utimesSync(file, older, older);
    await store.save('doc-bbbbbbbb', file, template());
    expect((await store.list())[0]).toMatchObject({ key: 'doc-bbbbbbbb', newer: 'autosave' });
    const newer = new Date(Date.now() + 60_000);
    utimesSync(file, newer, newer);
    const [listed] = await store.list();
    expect(listed).toMatchObject({ key: 'doc-bbbbbbbb', newer: 'file' });
    expect(listed?.setAsidePath).toBeDefined();
  });
});

const DAY = 24 * 60 * 60 * 1000;

/** A design saved the way the app saves it, and the stamp the renderer then holds. */
async function savedFile(
  name: string,
  design = template(),
): Promise<{ file: string; stamp: FileStamp }> {
  const file = join(dir, name);
  const { stamp } = await saveDocument({ path: file, design, expected: null, overwrite: false });
  return { file, stamp };
}

function setTime(path: string, at: Date): void {
  utimesSync(path, at, at);
}

/** Every file under `root`, so a test can tell whether the work still exists anywhere. */
function allFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isFile());
}

/** A recovery file as an older version wrote it, or with a chosen time. */
function writeRecoveryFile(
  recoveryDir: string,
  fields: {
    key: string;
    path: string | null;
    savedAt: string;
    design: Design;
    baseStamp?: unknown;
  },
): void {
  mkdirSync(recoveryDir, { recursive: true });
  writeFileSync(
    join(recoveryDir, `${fields.key}.recovery.json`),
    JSON.stringify({
      key: fields.key,
      path: fields.path,
      name: fields.design.meta.name,
      savedAt: fields.savedAt,
      ...(fields.baseStamp === undefined ? {} : { baseStamp: fields.baseStamp }),
      design: serializeDesign(fields.design),
    }),
  );
}

describe('recovery: the content decides, not the modification time', () => {
  it('a touched file with unchanged content: the autosave is still offered', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const { file, stamp } = await savedFile('a.clusterwire');
    const store = recoveryStore(join(dir, 'recovery'));
    const work = template();
    work.meta.name = 'unsaved edits';
    await store.save('doc-aaaaaaaa', file, work, stamp);
    // `touch`, a copy or a sync client: the time moves on, the bytes stay.
    setTime(file, new Date(Date.now() + 60 * 60_000));
    const [listed] = await store.list();
    expect(listed).toMatchObject({
      key: 'doc-aaaaaaaa',
      newer: 'autosave',
      fileChanged: false,
      baseStamp: stamp,
    });
    expect(listed?.setAsidePath).toBeUndefined();
    expect((await store.restore('doc-aaaaaaaa')).design).toEqual(work);
    expect(existsSync(join(dir, 'recovery', 'superseded'))).toBe(false);
  });

  it('changed content written after the autosave: set aside as an openable design', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const { file, stamp } = await savedFile('rack a.clusterwire');
    const store = recoveryStore(join(dir, 'recovery'));
    const work = template();
    work.meta.name = 'unsaved edits';
    await store.save('doc-aaaaaaaa', file, work, stamp);
    const elsewhere = template();
    elsewhere.meta.name = 'saved from another window';
    writeFileSync(file, serializeDesign(elsewhere));
    setTime(file, new Date(Date.now() + 60 * 60_000));

    const [listed] = await store.list();
    expect(listed).toMatchObject({ key: 'doc-aaaaaaaa', newer: 'file', fileChanged: true });
    const aside = listed?.setAsidePath ?? '';
    expect(dirname(aside)).toBe(store.supersededDir);
    expect(aside).toMatch(/rack a \(autosave \d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d\)\.clusterwire$/);
    const loaded = loadDesign(readFileSync(aside, 'utf8'));
    expect(loaded.ok && loaded.design).toEqual(work);
    // Gone from the store: not offered again, and restore says so.
    expect(existsSync(join(dir, 'recovery', 'doc-aaaaaaaa.recovery.json'))).toBe(false);
    await expect(store.restore('doc-aaaaaaaa')).rejects.toMatchObject({
      error: { code: 'not-found' },
    });
    expect(await store.list()).toEqual([]);
    // The file the user saved is left exactly as they saved it.
    expect(readFileSync(file, 'utf8')).toBe(serializeDesign(elsewhere));
  });

  it('moving aside never deletes: the unsaved design is still somewhere on disk', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const { file, stamp } = await savedFile('a.clusterwire');
    const store = recoveryStore(join(dir, 'recovery'));
    const work = template();
    work.meta.name = 'the only copy of these edits';
    await store.save('doc-aaaaaaaa', file, work, stamp);
    writeFileSync(file, serializeDesign(template('pve-hci-5node-storage')));
    setTime(file, new Date(Date.now() + 60_000));
    expect((await store.list())[0]?.setAsidePath).toBeDefined();
    const holding = allFiles(dir).filter((path) => {
      const text = readFileSync(path, 'utf8');
      const direct = loadDesign(text);
      if (direct.ok) return direct.design.meta.name === work.meta.name;
      return text.includes(work.meta.name);
    });
    expect(holding).toHaveLength(1);
  });

  it('changed content but an older file time (copied with its time): offered, marked changed', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const { file, stamp } = await savedFile('a.clusterwire');
    const store = recoveryStore(join(dir, 'recovery'));
    await store.save('doc-aaaaaaaa', file, template(), stamp);
    writeFileSync(file, serializeDesign(template('pve-hci-5node-storage')));
    setTime(file, new Date(Date.now() - 60 * 60_000));
    expect((await store.list())[0]).toMatchObject({ newer: 'autosave', fileChanged: true });
  });

  it('without a base stamp (an older autosave) the modification time decides', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const { file } = await savedFile('a.clusterwire');
    const recoveryDir = join(dir, 'recovery');
    const store = recoveryStore(recoveryDir);
    const savedAt = '2026-01-01T10:05:00.000Z';
    writeRecoveryFile(recoveryDir, {
      key: 'doc-aaaaaaaa',
      path: file,
      savedAt,
      design: template(),
    });
    setTime(file, new Date('2026-01-01T10:00:00Z'));
    const [offered] = await store.list();
    expect(offered).toMatchObject({ key: 'doc-aaaaaaaa', newer: 'autosave' });
    expect(offered).not.toHaveProperty('fileChanged');
    expect(offered?.baseStamp).toBeUndefined();
    // Same bytes, later time: with nothing to compare the content with, the file counts as newer.
    setTime(file, new Date('2026-01-01T10:10:00Z'));
    const [superseded] = await store.list();
    expect(superseded).toMatchObject({ newer: 'file' });
    expect(existsSync(superseded?.setAsidePath ?? '')).toBe(true);
  });

  it('a damaged base stamp falls back to the time and keeps the work', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const { file } = await savedFile('a.clusterwire');
    const recoveryDir = join(dir, 'recovery');
    writeRecoveryFile(recoveryDir, {
      key: 'doc-aaaaaaaa',
      path: file,
      savedAt: new Date(Date.now() + 60_000).toISOString(),
      design: template(),
      baseStamp: { sha256: 'not a hash' },
    });
    expect(await recoveryStore(recoveryDir).list()).toEqual([
      expect.objectContaining({ key: 'doc-aaaaaaaa', newer: 'autosave' }),
    ]);
  });

  it('a new document is always offered', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const store = recoveryStore(join(dir, 'recovery'));
    await store.save('doc-aaaaaaaa', null, template(), null);
    const [listed] = await store.list();
    expect(listed).toMatchObject({ key: 'doc-aaaaaaaa', path: null });
    expect(listed?.newer).toBeUndefined();
  });

  it('when the work cannot be set aside it stays in the store and is listed', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const { file, stamp } = await savedFile('a.clusterwire');
    const store = recoveryStore(join(dir, 'recovery'));
    await store.save('doc-aaaaaaaa', file, template(), stamp);
    writeFileSync(file, '{"changed": true}');
    setTime(file, new Date(Date.now() + 60_000));
    // A file where the folder should be: the copy cannot be written.
    writeFileSync(store.supersededDir, 'in the way');
    const [listed] = await store.list();
    expect(listed).toMatchObject({ key: 'doc-aaaaaaaa', newer: 'file' });
    expect(listed?.setAsidePath).toBeUndefined();
    expect(existsSync(join(dir, 'recovery', 'doc-aaaaaaaa.recovery.json'))).toBe(true);
  });
});

describe('recovery: set-aside names and pruning', () => {
  it('two autosaves of one file at the same second get two names', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const { file } = await savedFile('a.clusterwire');
    setTime(file, new Date('2026-01-01T12:00:00Z'));
    const recoveryDir = join(dir, 'recovery');
    const savedAt = '2026-01-01T10:05:00.000Z';
    const first = template();
    first.meta.name = 'first window';
    const second = template();
    second.meta.name = 'second window';
    writeRecoveryFile(recoveryDir, { key: 'doc-aaaaaaaa', path: file, savedAt, design: first });
    writeRecoveryFile(recoveryDir, { key: 'doc-bbbbbbbb', path: file, savedAt, design: second });
    const store = recoveryStore(recoveryDir);
    const paths = (await store.list()).map((e) => e.setAsidePath ?? '');
    expect(new Set(paths).size).toBe(2);
    expect(paths.some((p) => p.endsWith(', 2).clusterwire'))).toBe(true);
    const names = paths.map((p) => {
      const loaded = loadDesign(readFileSync(p, 'utf8'));
      return loaded.ok ? loaded.design.meta.name : '';
    });
    expect(names.sort()).toEqual(['first window', 'second window']);
  });

  it('odd characters and long names make a safe, visible file name', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const recoveryDir = join(dir, 'recovery');
    const savedAt = '2026-01-01T10:05:00.000Z';
    const odd = join(dir, '..we:ird<>|?*\u0001"name. .clusterwire');
    const long = join(dir, `${'é'.repeat(120)}.clusterwire`);
    for (const [key, path] of [
      ['doc-aaaaaaaa', odd],
      ['doc-bbbbbbbb', long],
    ] as const) {
      writeFileSync(path, '{}');
      setTime(path, new Date('2026-01-01T12:00:00Z'));
      writeRecoveryFile(recoveryDir, { key, path, savedAt, design: template() });
    }
    const listed = await recoveryStore(recoveryDir).list();
    const names = listed.map((e) => (e.setAsidePath ?? '').split('/').pop() ?? '');
    for (const name of names) {
      expect(name).not.toMatch(/^\./);
      expect(name).not.toMatch(/[<>:"|?*\\]/);
      expect([...name].filter((c) => (c.codePointAt(0) ?? 0) < 0x20)).toEqual([]);
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
      expect(name).toMatch(/ \(autosave [^()]*\)\.clusterwire$/);
    }
    expect(names).toContainEqual(expect.stringMatching(/^we_ird_______name \(autosave /));
  });

  it("set-aside designs are never deleted, however old: by now they may be the user's own file", async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const store = recoveryStore(join(dir, 'recovery'));
    mkdirSync(store.supersededDir, { recursive: true });
    const old = join(store.supersededDir, 'a (autosave 2025-01-01 10.00.00).clusterwire');
    writeFileSync(old, serializeDesign(template()));
    setTime(old, new Date(Date.now() - 400 * DAY));
    await store.list();
    expect(existsSync(old)).toBe(true);
  });

  it('two listings at once set a superseded autosave aside once', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const { file, stamp } = await savedFile('a.clusterwire');
    const store = recoveryStore(join(dir, 'recovery'));
    await store.save('doc-aaaaaaaa', file, template(), stamp);
    const elsewhere = template();
    elsewhere.meta.name = 'saved from another window';
    writeFileSync(file, serializeDesign(elsewhere));
    setTime(file, new Date(Date.now() + 60 * 60_000));
    const [first, second] = await Promise.all([store.list(), store.list()]);
    expect(first).toHaveLength(1);
    expect(second).toEqual([]);
    expect(readdirSync(store.supersededDir)).toHaveLength(1);
  });

  it('reads a file to compare its content only where the renderer may read now', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-recovery-'));
    const { file, stamp } = await savedFile('a.clusterwire');
    const store = recoveryStore(join(dir, 'recovery'));
    await store.save('doc-aaaaaaaa', file, template(), stamp);
    const asked: string[] = [];
    const refuse = (path: string) => (asked.push(path), Promise.resolve(false));
    const [listed] = await store.list(refuse);
    expect(asked).toEqual([file]);
    // Not compared: judged by the time alone, as an autosave without a stamp.
    expect(listed?.fileChanged).toBeUndefined();
    expect(listed?.newer).toBe('autosave');
  });
});
