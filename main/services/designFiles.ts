import { readFile, stat } from 'node:fs/promises';
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
    if (info.size > MAX_DESIGN_BYTES)
      return { ok: false, reason: 'invalid', problems: [tooLargeProblem(info.size)] };
    bytes = await readFile(path);
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

export async function writeDesignFile(
  path: string,
  design: Design,
  options: { overwrite: boolean },
): Promise<void> {
  await writeFileAtomic(path, serializeDesign(design), options);
}
