import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, lstat, open, readdir, readlink, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export class WriteError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

/** Plain words for the errors users actually hit when saving. */
export function describeFsError(error: unknown, path: string, verb: 'read' | 'write'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return verb === 'read' ? `${path}: no such file` : `${path}: the folder does not exist`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    case 'EROFS':
      return `${path}: the disk is read-only`;
    case 'ENOSPC':
      return `${path}: the disk is full`;
    case 'EDQUOT':
      return `${path}: disk quota exceeded`;
    case 'EISDIR':
      return `${path}: is a folder, not a file`;
    case 'EEXIST':
      return `${path}: already exists`;
    default:
      return `${path}: could not ${verb} (${error instanceof Error ? error.message : String(error)})`;
  }
}

export interface WriteOptions {
  /** false: the write fails (EEXIST) if the file exists; the check and the write are one step. */
  overwrite: boolean;
  /**
   * Write through a symbolic link at `path` to the file it points to (a design the user keeps
   * elsewhere and links to), instead of replacing the link. Default true; a backup says false.
   */
  followLinks?: boolean;
  /** Permission bits of a new file (an existing file keeps its own); default 0644 less umask. */
  mode?: number;
}

/** Our temp files: `.<name>.<pid>.<8 hex>.tmp` beside the file they will replace. */
const TEMP_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;
const MAX_LINK_HOPS = 32;

/** Where a write to `path` lands: the file at the end of its chain of links, or `path` itself. */
export async function linkTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    const info = await lstat(current).catch(() => null);
    if (!info?.isSymbolicLink()) return current;
    current = resolve(dirname(current), await readlink(current));
  }
  throw new WriteError(`${path}: too many levels of symbolic links`, path, 'ELOOP');
}

/**
 * Write to a temp file in the same folder, fsync it, then move it into place, so a crash or a
 * full disk mid-write never leaves a half-written design where the old one was. A replaced file
 * keeps its permissions and (where we may set it) its owner. With `overwrite: false`, the move
 * is a hard link, which fails atomically if the target exists.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteOptions,
): Promise<void> {
  const target = options.followLinks === false ? resolve(path) : await linkTarget(path);
  const dir = dirname(target);
  const temp = join(
    dir,
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const existing = options.overwrite ? await regularFileInfo(target) : null;
  let handle;
  try {
    handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    await handle.writeFile(data);
    // Set after writing so umask cannot widen or narrow what the file had.
    await handle.chmod(existing ? existing.mode & 0o7777 : (options.mode ?? 0o644 & ~umask()));
    if (existing) await keepOwner(handle, existing);
    await handle.sync();
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw new WriteError(
      describeFsError(error, path, 'write'),
      path,
      (error as NodeJS.ErrnoException).code,
    );
  }
  await handle.close();
  try {
    if (options.overwrite) await rename(temp, target);
    else await link(temp, target);
  } catch (error) {
    // The old file is untouched; do not leave the temp copy behind either.
    if (options.overwrite) await unlink(temp).catch(() => undefined);
    throw new WriteError(
      describeFsError(error, path, 'write'),
      path,
      (error as NodeJS.ErrnoException).code,
    );
  } finally {
    if (!options.overwrite) await unlink(temp).catch(() => undefined);
  }
  await syncDir(dir);
}

async function regularFileInfo(path: string) {
  const info = await lstat(path).catch(() => null);
  return info?.isFile() ? info : null;
}

function umask(): number {
  // process.umask() without an argument reads it (Windows answers 0); Electron's utility
  // processes may lack it, where 022 is the usual default.
  return typeof process.umask === 'function' ? process.umask() : 0o022;
}

/** Root (or the owner itself) may hand the new file back to the old file's owner; others cannot. */
async function keepOwner(
  handle: Awaited<ReturnType<typeof open>>,
  existing: { uid: number; gid: number },
): Promise<void> {
  if (typeof process.getuid !== 'function') return;
  const info = await handle.stat();
  if (info.uid === existing.uid && info.gid === existing.gid) return;
  await handle.chown(existing.uid, existing.gid).catch(() => undefined);
}

/**
 * Removes temp files a killed save left in `dir` (ours by name, whose process is gone), so
 * interrupted saves do not pile up. Returns the names removed.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || processAlive(Number(match[2]))) continue;
    const path = join(dir, name);
    const info = await lstat(path).catch(() => null);
    if (!info?.isFile()) continue;
    if (
      await unlink(path).then(
        () => true,
        () => false,
      )
    )
      removed.push(name);
  }
  return removed;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Make the rename itself durable; not every platform can open a folder, which is fine. */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    await handle.sync().catch(() => undefined);
    await handle.close();
  } catch {
    // Windows cannot open directories; the rename is still atomic there.
  }
}
