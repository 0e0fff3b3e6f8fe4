import { resolve } from 'node:path';
import {
  SWITCH_PLATFORMS,
  formatMissingFact,
  generateConfiguration,
  platformsNotFromOption,
} from '../../../shared/generate';
import { ConfigFolderError, writeConfigFolder } from '../../services/configFolder';
import { EXIT } from '../exitCodes';
import { openDesign } from '../openDesign';
import type { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { UsageError } from '../io';
import { printable } from '../report';

export interface GenerateCliOptions {
  output: string | undefined;
  switchPlatform: string | undefined;
  force: boolean;
}

export async function generateCommand(
  file: string,
  options: GenerateCliOptions,
  io: CliIo,
): Promise<ExitCode> {
  if (options.output === undefined) throw new UsageError('generate needs an output folder: -o DIR');
  const platform = options.switchPlatform;
  if (platform !== undefined && !(SWITCH_PLATFORMS as readonly string[]).includes(platform))
    throw new UsageError(
      `unknown switch platform "${platform}" (use ${SWITCH_PLATFORMS.join(' or ')})`,
    );
  const opened = await openDesign(file, io);
  if (!opened) return EXIT.invalidFile;
  if (platform !== undefined) {
    // The option only fills in switches whose model names no platform; say which kept their own.
    const kept = platformsNotFromOption(opened.design, opened.catalog);
    if (kept.length)
      io.err(
        `clusterwire: note: --switch-platform ${platform} applies only to switches whose model names no platform; ${kept
          .map(
            (k) =>
              `${printable(k.hostname)} uses ${k.platform} (from its ${k.from === 'device' ? 'own setting' : 'model'})`,
          )
          .join(', ')}\n`,
      );
  }
  const result = generateConfiguration(opened.design, {
    catalog: opened.catalog,
    ...(platform !== undefined ? { switchPlatform: platform as 'eos' | 'nvue' } : {}),
  });
  if (!result.ok) {
    if (result.reason === 'errors') {
      io.err(
        `clusterwire: ${file} has ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}; fix them first (clusterwire validate ${file}). Nothing was written.\n`,
      );
      for (const f of result.errors) io.err(`  ${f.ruleId}: ${printable(f.message)}\n`);
    } else {
      const n = result.missing.length;
      io.err(
        `clusterwire: ${file} lacks ${n} fact${n === 1 ? '' : 's'} the configuration needs. Nothing was written.\n`,
      );
      for (const fact of result.missing) io.err(`  ${printable(formatMissingFact(fact))}\n`);
    }
    return EXIT.designErrors;
  }
  let stale: string[];
  try {
    ({ stale } = await writeConfigFolder(resolve(io.cwd, options.output), result.files, {
      force: options.force,
    }));
  } catch (error) {
    if (!(error instanceof ConfigFolderError)) throw error;
    io.err(
      `clusterwire: ${error.message}${error.notEmpty ? '; pass --force to write into it' : ''}\n`,
    );
    return EXIT.outputFailed;
  }
  for (const f of result.files) io.out(`${options.output.replace(/\/+$/, '')}/${f.path}\n`);
  const w = result.warnings.length;
  io.err(
    `wrote ${result.files.length} files to ${options.output}${w ? ` (${w} warning${w === 1 ? '' : 's'} stand, listed in runbook.md)` : ''}\n`,
  );
  if (stale.length > 0)
    io.err(
      `note: ${stale.length} file${stale.length === 1 ? '' : 's'} from an earlier generation stay${stale.length === 1 ? 's' : ''} in ${options.output} (not part of this design's configuration; delete them, or generate into an empty folder): ${stale.join(', ')}\n`,
    );
  return EXIT.ok;
}
