import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareWithFile, recoveryStore } from '../../main/services/recovery';
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

  it('the store lists entries with the comparison', async () => {
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
    expect((await store.list())[0]).toMatchObject({ key: 'doc-bbbbbbbb', newer: 'file' });
  });
});
