import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, link, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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

/**
 * Write to a temp file in the same folder, fsync it, then move it into place, so a crash or a
 * full disk mid-write never leaves a half-written design where the old one was. With
 * `overwrite: false`, the move is a hard link, which fails atomically if the target exists.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { overwrite: boolean },
): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
    await handle.writeFile(data);
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
    if (options.overwrite) await rename(temp, path);
    else await link(temp, path);
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
