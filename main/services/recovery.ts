import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, realpath, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { MAX_DESIGN_BYTES, loadDesign, serializeDesign } from '../../shared/format';
import { FileStamp, RecoveryEntry } from '../../shared/ipc/contract';
import type { Design } from '../../shared/model';
import { WriteError, describeFsError, removeStaleTemps, writeFileAtomic } from './atomicWrite';
import { fail } from './bridgeFailure';

const SUFFIX = '.recovery.json';
/** Room for the suffix within the 255 bytes most file systems allow in a name. */
const MAX_STEM_BYTES = 150;

/**
 * Whether the file's bytes differ from those the work began from; undefined when that cannot
 * be told (no base stamp, unreadable file). Content, not the modification time, decides: a
 * touch, a copy or a sync client changes the time without changing the design.
 */
async function differsFromBase(
  path: string,
  size: number,
  base: FileStamp | null | undefined,
  mayRead: MayRead,
): Promise<boolean | undefined> {
  if (!base) return undefined;
  if (size !== base.size || size > MAX_DESIGN_BYTES) return true;
  // The path came from the renderer with the autosave: read only what it may read today.
  if (!(await mayRead(path))) return undefined;
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) return undefined;
  return createHash('sha256').update(bytes).digest('hex') !== base.sha256;
}

/** Whether the renderer may read this path now (the bridge's path policy); tests allow all. */
export type MayRead = (path: string) => Promise<boolean>;
const READ_ANY: MayRead = () => Promise.resolve(true);

/**
 * Says whether the autosave is newer than its file on disk. The file is newer only when its
 * content changed since the work began and it was written after the autosave (saved later, or
 * by someone else): restoring the autosave and saving would overwrite that. An autosave without
 * a base stamp (written by an older version) is judged by the modification time alone.
 */
export async function compareWithFile(
  entry: RecoveryEntry,
  mayRead: MayRead = READ_ANY,
): Promise<RecoveryEntry> {
  if (entry.path === null || !isAbsolute(entry.path)) return entry;
  const info = await stat(entry.path).catch(() => null);
  if (!info?.isFile()) return { ...entry, fileModifiedAt: null };
  const autosaved = Date.parse(entry.savedAt);
  const writtenAfter = !(Number.isFinite(autosaved) && autosaved >= info.mtimeMs);
  const changed = await differsFromBase(entry.path, info.size, entry.baseStamp, mayRead);
  return {
    ...entry,
    fileModifiedAt: info.mtime.toISOString(),
    ...(changed === undefined ? {} : { fileChanged: changed }),
    newer: changed !== false && writtenAfter ? 'file' : 'autosave',
  };
}

/** A name safe on every desktop file system, at most MAX_STEM_BYTES of UTF-8. */
function safeStem(entry: RecoveryEntry): string {
  const file = entry.path?.split(/[\\/]/).pop() ?? entry.name;
  // A leading dot would hide the file; Windows refuses trailing dots and spaces.
  const cleaned = file.replace(/\.clusterwire$/i, '').replace(/^[\s.]+|[\s.]+$/g, '');
  let stem = '';
  let bytes = 0;
  for (const char of cleaned) {
    // Control characters and what Windows forbids in names become `_`.
    const code = char.codePointAt(0) ?? 0;
    const kept = code < 0x20 || code === 0x7f || '<>:"/\\|?*'.includes(char) ? '_' : char;
    bytes += Buffer.byteLength(kept);
    if (bytes > MAX_STEM_BYTES) break;
    stem += kept;
  }
  return stem.replace(/[\s.]+$/, '') || 'design';
}

/** Local date and time, without characters some file systems refuse (`:`). */
function stampForName(iso: string): string {
  const parsed = new Date(iso);
  const at = Number.isFinite(parsed.getTime()) ? parsed : new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}.${two(at.getMinutes())}.${two(at.getSeconds())}`;
}

/**
 * Unsaved work, written every few idle seconds so a crash loses at most that much. One file per
 * open document, keyed by a random id the renderer picks; removed after a save or a clean close.
 * An autosave its file has superseded is never deleted: listing moves it to `superseded/` as a
 * design file the user can open, and it stays there until the user removes it (the copy may have
 * become the user's own file by then, so no age makes it safe to delete).
 */
export function recoveryStore(dir: string) {
  const fileOf = (key: string) => join(dir, `${key}${SUFFIX}`);
  const supersededDir = join(dir, 'superseded');

  async function readEntry(key: string): Promise<{ entry: RecoveryEntry; design: Design } | null> {
    let text: string;
    try {
      text = await readFile(fileOf(key), 'utf8');
    } catch {
      return null;
    }
    try {
      const raw = JSON.parse(text) as Record<string, unknown>;
      // A damaged base stamp only costs the content check; the work itself is still offered.
      const base = FileStamp.nullable().safeParse(raw.baseStamp);
      const entry = RecoveryEntry.parse({
        key: raw.key,
        path: raw.path,
        name: raw.name,
        savedAt: raw.savedAt,
        ...(base.success && base.data ? { baseStamp: base.data } : {}),
      });
      const loaded = loadDesign(typeof raw.design === 'string' ? raw.design : '');
      return loaded.ok ? { entry, design: loaded.design } : null;
    } catch {
      return null;
    }
  }

  async function discard(key: string): Promise<void> {
    await unlink(fileOf(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw fail('io', describeFsError(error, fileOf(key), 'write'));
    });
  }

  /** Writes the work as `<file name> (autosave <date time>).clusterwire`; never replaces a file. */
  async function writeAside(entry: RecoveryEntry, design: Design): Promise<string> {
    await mkdir(supersededDir, { recursive: true });
    const text = serializeDesign(design);
    const base = `${safeStem(entry)} (autosave ${stampForName(entry.savedAt)}`;
    for (let n = 1; ; n++) {
      const path = join(supersededDir, `${base}${n > 1 ? `, ${n}` : ''}).clusterwire`);
      try {
        await writeFileAtomic(path, text, { overwrite: false, followLinks: false });
        return path;
      } catch (error) {
        if (!(error instanceof WriteError && error.code === 'EEXIST') || n >= 100) throw error;
      }
    }
  }

  /**
   * Moves a superseded autosave aside: the copy is written (and synced) before the recovery
   * file goes, so a failure at any step leaves the work in one place or both, never in none.
   */
  async function setAside(entry: RecoveryEntry, design: Design): Promise<RecoveryEntry> {
    let path: string;
    try {
      path = await writeAside(entry, design);
    } catch {
      // Left in the store and listed as it is, so the user still sees and decides about it.
      return entry;
    }
    await discard(entry.key).catch(() => undefined);
    return { ...entry, setAsidePath: path };
  }

  /**
   * Newest first; unreadable leftovers are skipped, never shown as work to restore. An
   * autosave superseded by its file is moved aside and listed with `setAsidePath`.
   */
  async function listOnce(mayRead: MayRead): Promise<RecoveryEntry[]> {
    await removeStaleTemps(supersededDir);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return [];
    }
    const entries = await Promise.all(
      names.filter((n) => n.endsWith(SUFFIX)).map((n) => readEntry(n.slice(0, -SUFFIX.length))),
    );
    const listed = await Promise.all(
      entries
        .filter((e) => e !== null)
        .map(async ({ entry, design }) => {
          const compared = await compareWithFile(entry, mayRead);
          return compared.newer === 'file' ? setAside(compared, design) : compared;
        }),
    );
    return listed.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }
  let listing: Promise<unknown> = Promise.resolve();

  return {
    dir,
    supersededDir,
    /** Where the autosave of `key` is written (a key is a safe file name: the contract says so). */
    pathOf: fileOf,
    async save(
      key: string,
      path: string | null,
      design: Design,
      baseStamp: FileStamp | null = null,
    ): Promise<{ savedAt: string }> {
      const savedAt = new Date().toISOString();
      const body = JSON.stringify({
        key,
        path,
        name: design.meta.name,
        savedAt,
        baseStamp,
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
    /** See listOnce. */
    list(mayRead: MayRead = READ_ANY): Promise<RecoveryEntry[]> {
      // One listing at a time: two at once (a reload racing a start-up, two tabs) would each
      // set the same superseded autosave aside.
      const next = listing.then(() => listOnce(mayRead));
      listing = next.catch(() => undefined);
      return next;
    },
    /**
     * The real path of a copy `list` set aside, named by the path the listing gave: only a
     * design file directly in `superseded/`, links resolved, so nothing else is read this way.
     */
    async setAsideFile(path: string): Promise<string> {
      const refused = () =>
        fail('not-allowed', `${path}: not an autosave ClusterWire set aside`, { path });
      const absolute = resolve(path);
      if (
        !isAbsolute(path) ||
        dirname(absolute) !== supersededDir ||
        extname(absolute).toLowerCase() !== '.clusterwire'
      )
        throw refused();
      let real: string;
      let folder: string;
      try {
        [real, folder] = await Promise.all([realpath(absolute), realpath(supersededDir)]);
      } catch {
        throw fail('not-found', `${basename(absolute)} is no longer in the recovery folder`, {
          path,
        });
      }
      if (dirname(real) !== folder) throw refused();
      return real;
    },
    async restore(key: string): Promise<{ entry: RecoveryEntry; design: Design }> {
      const found = await readEntry(key);
      if (!found) throw fail('not-found', 'that recovered work is no longer available');
      return found;
    },
    discard,
  };
}
export type RecoveryStore = ReturnType<typeof recoveryStore>;
