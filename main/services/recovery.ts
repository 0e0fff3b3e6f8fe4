import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { loadDesign, serializeDesign } from '../../shared/format';
import { RecoveryEntry } from '../../shared/ipc/contract';
import type { Design } from '../../shared/model';
import { describeFsError, writeFileAtomic } from './atomicWrite';
import { fail } from './bridgeFailure';

const SUFFIX = '.recovery.json';

/**
 * Says whether the autosave is newer than its file on disk. A file written after the autosave
 * (saved later, or by someone else) is newer: restoring the autosave and saving would overwrite it.
 */
export async function compareWithFile(entry: RecoveryEntry): Promise<RecoveryEntry> {
  if (entry.path === null || !isAbsolute(entry.path)) return entry;
  const info = await stat(entry.path).catch(() => null);
  if (!info?.isFile()) return { ...entry, fileModifiedAt: null };
  const autosaved = Date.parse(entry.savedAt);
  return {
    ...entry,
    fileModifiedAt: info.mtime.toISOString(),
    newer: Number.isFinite(autosaved) && autosaved >= info.mtimeMs ? 'autosave' : 'file',
  };
}

/**
 * Unsaved work, written every few idle seconds so a crash loses at most that much. One file per
 * open document, keyed by a random id the renderer picks; removed after a save or a clean close.
 */
export function recoveryStore(dir: string) {
  const fileOf = (key: string) => join(dir, `${key}${SUFFIX}`);

  async function readEntry(key: string): Promise<{ entry: RecoveryEntry; design: Design } | null> {
    let text: string;
    try {
      text = await readFile(fileOf(key), 'utf8');
    } catch {
      return null;
    }
    try {
      const raw = JSON.parse(text) as Record<string, unknown>;
      const entry = RecoveryEntry.parse({
        key: raw.key,
        path: raw.path,
        name: raw.name,
        savedAt: raw.savedAt,
      });
      const loaded = loadDesign(typeof raw.design === 'string' ? raw.design : '');
      return loaded.ok ? { entry, design: loaded.design } : null;
    } catch {
      return null;
    }
  }

  return {
    dir,
    async save(key: string, path: string | null, design: Design): Promise<{ savedAt: string }> {
      const savedAt = new Date().toISOString();
      const body = JSON.stringify({
        key,
        path,
        name: design.meta.name,
        savedAt,
        design: serializeDesign(design),
      });
      try {
        await mkdir(dir, { recursive: true });
        await writeFileAtomic(fileOf(key), body, { overwrite: true });
      } catch (error) {
        throw fail('io', `autosave failed: ${describeFsError(error, dir, 'write')}`);
      }
      return { savedAt };
    },
    /** Newest first; unreadable leftovers are skipped, never shown as work to restore. */
    async list(): Promise<RecoveryEntry[]> {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        return [];
      }
      const entries = await Promise.all(
        names.filter((n) => n.endsWith(SUFFIX)).map((n) => readEntry(n.slice(0, -SUFFIX.length))),
      );
      const found = entries.filter((e) => e !== null).map((e) => e.entry);
      return (await Promise.all(found.map(compareWithFile))).sort((a, b) =>
        b.savedAt.localeCompare(a.savedAt),
      );
    },
    async restore(key: string): Promise<{ entry: RecoveryEntry; design: Design }> {
      const found = await readEntry(key);
      if (!found) throw fail('not-found', 'that recovered work is no longer available');
      return found;
    },
    async discard(key: string): Promise<void> {
      await unlink(fileOf(key)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw fail('io', describeFsError(error, fileOf(key), 'write'));
      });
    },
  };
}
export type RecoveryStore = ReturnType<typeof recoveryStore>;
