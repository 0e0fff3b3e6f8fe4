import { readFile, stat } from 'node:fs/promises';
import { describeFsError } from './atomicWrite';

/** A switch with a few hundred ports prints well under a megabyte; more is not LLDP output. */
export const MAX_LLDP_BYTES = 16 * 1024 * 1024;

/** The text of an LLDP neighbour file, or why it cannot be read (naming the file). */
export async function readLldpText(
  path: string,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    const info = await stat(path);
    // A FIFO or device would block the read or never end.
    if (!info.isFile()) return { ok: false, message: `${path}: not a regular file` };
    if (info.size > MAX_LLDP_BYTES) {
      return { ok: false, message: `${path}: over the 16 MiB limit of LLDP files` };
    }
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    return { ok: false, message: describeFsError(error, path, 'read') };
  }
}
