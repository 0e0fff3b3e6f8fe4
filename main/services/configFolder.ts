import { lstat, mkdir, readdir } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { GeneratedFile } from '../../shared/generate';
import { WriteError, describeFsError, writeFileAtomic } from './atomicWrite';

/** Why a generated folder could not be written; `notEmpty` is the one `--force` answers. */
export class ConfigFolderError extends Error {
  constructor(
    message: string,
    readonly notEmpty = false,
  ) {
    super(message);
    this.name = 'ConfigFolderError';
  }
}

/**
 * Writes generated configuration files into `folder`, the CLI's and the app's one way to do
 * it. A folder that holds anything is refused unless `force`; then the generated files replace
 * theirs and other files stay. Paths come from the generator (hostnames checked as RFC 1035
 * labels) and are checked again here: nothing lands outside `folder`, and no existing link is
 * followed out of it.
 */
export async function writeConfigFolder(
  folder: string,
  files: readonly GeneratedFile[],
  options: { force: boolean; display?: string },
): Promise<void> {
  const root = resolve(folder);
  folder = options.display ?? folder;
  let entries: string[] = [];
  try {
    const info = await lstat(root);
    if (info.isSymbolicLink() || !info.isDirectory())
      throw new ConfigFolderError(`${folder}: exists and is not a folder`);
    entries = await readdir(root);
  } catch (error) {
    if (error instanceof ConfigFolderError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new ConfigFolderError(describeFsError(error, folder, 'read'));
  }
  if (entries.length > 0 && !options.force)
    throw new ConfigFolderError(
      `${folder}: the folder is not empty (${entries.length} entr${entries.length === 1 ? 'y' : 'ies'})`,
      true,
    );
  try {
    await mkdir(root, { recursive: true });
  } catch (error) {
    throw new ConfigFolderError(describeFsError(error, folder, 'write'));
  }
  for (const file of files) {
    const parts = file.path.split('/');
    if (
      parts.some((p) => p === '' || p === '.' || p === '..' || p.includes(sep) || p.includes('\0'))
    )
      throw new ConfigFolderError(`refusing the generated path "${file.path}"`);
    const target = join(root, parts.join('/'));
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      dir = join(dir, part);
      try {
        const info = await lstat(dir);
        if (info.isSymbolicLink() || !info.isDirectory())
          throw new ConfigFolderError(
            `${join(folder, parts.slice(0, -1).join('/'))}: exists and is not a folder`,
          );
      } catch (error) {
        if (error instanceof ConfigFolderError) throw error;
        await mkdir(dir).catch((e: unknown) => {
          throw new ConfigFolderError(describeFsError(e, dir, 'write'));
        });
      }
    }
    try {
      await writeFileAtomic(target, file.text, { overwrite: options.force, followLinks: false });
    } catch (error) {
      if (error instanceof WriteError) throw new ConfigFolderError(error.message);
      throw error;
    }
  }
}
