import { open, stat } from 'node:fs/promises';
import {
  MAX_DESIGN_BYTES,
  loadDesign,
  serializeDesign,
  tooLargeProblem,
} from '../../shared/format';
import type { LoadProblem } from '../../shared/format';
import type { Design } from '../../shared/model';
import { describeFsError, writeFileAtomic } from './atomicWrite';

export type ReadDesignResult =
  | { ok: true; design: Design; text: string; bytes: Buffer; migratedFrom?: number }
  | { ok: false; reason: 'io'; message: string }
  | { ok: false; reason: 'invalid'; problems: LoadProblem[] };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Read and load a design file; never throws for a bad file, only reports. */
export async function readDesignFile(path: string): Promise<ReadDesignResult> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory())
      return { ok: false, reason: 'io', message: `${path}: is a folder, not a design file` };
    // A pipe would block the read forever and a device like /dev/zero never ends.
    if (!info.isFile())
      return {
        ok: false,
        reason: 'io',
        message: `${path}: not a regular file (a pipe, device or socket)`,
      };
    if (info.size > MAX_DESIGN_BYTES)
      return { ok: false, reason: 'invalid', problems: [tooLargeProblem(info.size)] };
    // At most one byte over the limit, in case the file grew since it was measured.
    bytes = await readAtMost(path, MAX_DESIGN_BYTES + 1);
    if (bytes.byteLength > MAX_DESIGN_BYTES)
      return { ok: false, reason: 'invalid', problems: [tooLargeProblem(bytes.byteLength)] };
  } catch (error) {
    return { ok: false, reason: 'io', message: describeFsError(error, path, 'read') };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return {
      ok: false,
      reason: 'invalid',
      problems: [{ code: 'syntax', message: 'the file is not UTF-8 text', path: [] }],
    };
  }
  const result = loadDesign(text, { byteLength: bytes.byteLength });
  if (!result.ok) return { ok: false, reason: 'invalid', problems: result.problems };
  return { ...result, text, bytes };
}

async function readAtMost(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, limit - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

export async function writeDesignFile(
  path: string,
  design: Design,
  options: { overwrite: boolean },
): Promise<void> {
  await writeFileAtomic(path, serializeDesign(design), options);
}
