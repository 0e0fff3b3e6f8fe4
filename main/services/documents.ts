import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MAX_DESIGN_BYTES,
  formatLoadProblem,
  loadDesign,
  serializeDesign,
} from '../../shared/format';
import type { LoadProblem } from '../../shared/format';
import type { FileStamp } from '../../shared/ipc/contract';
import type { Design } from '../../shared/model';
import {
  WriteError,
  describeFsError,
  linkTarget,
  removeStaleTemps,
  writeFileAtomic,
} from './atomicWrite';
import { BridgeFailure, fail } from './bridgeFailure';
import { readDesignFile } from './designFiles';
import { withFileLock } from './fileLock';
import { openInThread, takeLaunchRead } from './readAheadThread';
import type { OpenedAhead } from './readAheadThread';

export function stampOf(bytes: Uint8Array, mtimeMs: number): FileStamp {
  return {
    size: bytes.byteLength,
    mtimeMs,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

function invalidDesign(path: string, problems: LoadProblem[]) {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return fail(
    'invalid-design',
    `${first ? formatLoadProblem(first, basename(path)) : `${path}: not a design`}${more}`,
    { path, problems: problems.map((p) => ({ ...p, path: [...p.path] })) },
  );
}

export interface OpenResult {
  path: string;
  design: Design;
  stamp: FileStamp;
  migratedFrom?: number;
}

/** Opens a design; anything that is not a loadable design is a typed failure naming where. */
export async function openDocument(path: string): Promise<OpenResult> {
  const opened = await readDocument(path);
  await tidyFolderOnce(dirname(await linkTarget(path)));
  return opened;
}

/** openDocument without tidying the folder: the read-ahead leaves that to `serve`, which counts. */
async function readDocument(path: string): Promise<OpenResult> {
  const result = await readDesignFile(path);
  if (!result.ok) {
    if (result.reason === 'io') throw fail('io', result.message, { path });
    throw invalidDesign(path, result.problems);
  }
  const info = await stat(path).catch(() => ({ mtimeMs: 0 }));
  return {
    path,
    design: result.design,
    stamp: stampOf(result.bytes, info.mtimeMs),
    ...(result.migratedFrom !== undefined ? { migratedFrom: result.migratedFrom } : {}),
  };
}

/** Opens a design and writes it as JSON: what the read-ahead thread does. */
export async function openAhead(path: string): Promise<OpenedAhead> {
  const { design, ...rest } = await readDocument(path);
  return { ...rest, designJson: JSON.stringify(design) };
}

/**
 * The design named at launch, opened while the browser loads the app: the first `open` of that
 * path takes it, if the file still holds the same bytes. Parsing and checking a large design
 * takes a few hundred milliseconds, which the user otherwise waits for after the page has loaded.
 * It runs in a thread of its own (readAheadWorker.ts): in the server's thread it would hold back
 * the page and its script, which the browser asks for meanwhile.
 */
let ahead: { path: string; opened: Promise<OpenedAhead | null> } | null = null;

/** The bundled read-ahead thread beside this bundle, if there is one (not when run from sources). */
function readAheadWorkerFile(): string | null {
  if (import.meta.url.endsWith('.ts')) return null;
  const path = fileURLToPath(new URL('./readAheadWorker.mjs', import.meta.url));
  return existsSync(path) ? path : null;
}

/** Starts reading `path` ahead; resolves once it has been read (nothing waits for that but tests). */
export async function readAhead(path: string): Promise<void> {
  const file = readAheadWorkerFile();
  const opened =
    takeLaunchRead(path) ?? (file ? openInThread(path, file) : openAhead(path).catch(() => null));
  ahead = { path, opened };
  await opened;
}

/** The launch file's read-ahead, once, if it is for `path` and the file has not changed since. */
export async function takeReadAhead(path: string): Promise<OpenedAhead | null> {
  if (ahead?.path !== path) return null;
  const { opened } = ahead;
  ahead = null;
  const early = await opened;
  if (!early) return null;
  try {
    const [bytes, info] = await Promise.all([readFile(path), stat(path)]);
    const stamp = stampOf(bytes, info.mtimeMs);
    if (stamp.sha256 !== early.stamp.sha256) return null;
    // The thread leaves the folder alone; it is tidied as any opened file's is (not waited for).
    void linkTarget(path)
      .then((target) => tidyFolderOnce(dirname(target)))
      .catch(() => undefined);
    return { ...early, stamp };
  } catch {
    return null;
  }
}

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    const info = await stat(path);
    // A FIFO or device would block the read (or never end); it is no design to replace.
    if (!info.isFile()) throw fail('io', `${path}: not a regular file`, { path });
    return await readFile(path);
  } catch (error) {
    if (error instanceof BridgeFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw fail('io', describeFsError(error, path, 'read'), { path });
  }
}

const tidied = new Set<string>();

/** Temp files of saves that were killed are removed the first time we work in their folder. */
async function tidyFolderOnce(folder: string): Promise<void> {
  if (tidied.has(folder)) return;
  tidied.add(folder);
  await removeStaleTemps(folder);
}

/**
 * Keeps the previous version beside the file: a copy of the very bytes the save replaces (never
 * a hard link, which an interrupted save would leave pointing at the live file), with the
 * design's permissions, and never written through a link someone put in its place.
 */
async function keepBackup(path: string, previous: Uint8Array, mode: number): Promise<void> {
  const backup = `${path}.bak`;
  try {
    await writeFileAtomic(backup, previous, { overwrite: true, followLinks: false, mode });
  } catch (error) {
    throw fail(
      'io',
      `${error instanceof WriteError ? error.message : describeFsError(error, backup, 'write')}; the design was not saved (the backup of the previous version could not be kept)`,
      { path },
    );
  }
}

export interface SaveRequest {
  path: string;
  design: Design;
  /** What the document last read or wrote there; null when it never had this file. */
  expected: FileStamp | null;
  overwrite: boolean;
}

/**
 * Saves atomically and keeps `<file>.bak`. Refuses, with a typed error, to replace a file that
 * changed since it was opened or that exists under Save As (unless the user confirmed), and
 * never replaces a file ClusterWire cannot read back (corrupt, newer version), confirmed or not.
 */
export async function saveDocument(
  request: SaveRequest,
): Promise<{ path: string; stamp: FileStamp }> {
  const { path, design, expected, overwrite } = request;
  const text = serializeDesign(design);
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.byteLength > MAX_DESIGN_BYTES) {
    throw fail('too-large', `${path}: the design is over the 20 MiB limit of design files`, {
      path,
    });
  }
  const readBack = loadDesign(text);
  if (!readBack.ok) throw invalidDesign(path, readBack.problems);

  // One save at a time per file: the stamp check, the backup and the write are one step, so of
  // two saves made from the same stamp exactly one wins and the other hears "conflict".
  const target = await linkTarget(path).catch(() => path);
  await tidyFolderOnce(dirname(target));
  return withFileLock(target, async () => {
    const current = await readIfExists(path);
    if (current) {
      const currentStamp = stampOf(current, 0);
      const unchanged = expected !== null && currentStamp.sha256 === expected.sha256;
      if (!unchanged) {
        if (!overwrite) {
          throw expected === null
            ? fail('exists', `${basename(path)} already exists. Replace it?`, { path })
            : fail(
                'conflict',
                `${basename(path)} was changed on disk since you opened it. Save anyway and replace those changes?`,
                { path },
              );
        }
        const existing = loadDesign(current.toString('utf8'));
        if (!existing.ok) {
          throw fail(
            'protected',
            `${basename(path)} is not a design this version of ClusterWire can read (${existing.problems[0]?.message ?? 'unreadable'}); it is left untouched. Save under another name.`,
            { path },
          );
        }
      }
      const { mode } = await stat(path);
      await keepBackup(path, current, mode & 0o7777);
    }
    try {
      await writeFileAtomic(path, bytes, { overwrite: true });
    } catch (error) {
      if (error instanceof WriteError) {
        throw fail('io', `${error.message}; the previous version is unchanged`, { path });
      }
      throw error;
    }
    const info = await stat(path);
    return { path, stamp: stampOf(bytes, info.mtimeMs) };
  });
}
