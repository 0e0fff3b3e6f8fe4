import { dirname, join } from 'node:path';
import Conf from 'conf';
import type { KeyValueBackend } from './preferences';

/**
 * Where serve mode and the CLI keep preferences and recovered work: the per-user config folder
 * (conf's choice per platform), or CLUSTERWIRE_DATA_DIR, which tests and portable setups use.
 * electron-store gives the desktop app the same layout under its userData folder.
 */
export function nodeAppData(dataDir = process.env.CLUSTERWIRE_DATA_DIR): {
  prefs: KeyValueBackend;
  recoveryDir: string;
} {
  const conf = new Conf<Record<string, unknown>>({
    projectName: 'clusterwire',
    projectSuffix: '',
    ...(dataDir ? { cwd: dataDir } : {}),
  });
  return { prefs: conf, recoveryDir: join(dirname(conf.path), 'recovery') };
}
