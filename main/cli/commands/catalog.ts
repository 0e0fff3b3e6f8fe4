import { relative, resolve } from 'node:path';
import type { CatalogFile } from '../../../shared/catalog';
import { DeviceRole } from '../../../shared/model/vocabulary';
import { WriteError } from '../../services/atomicWrite';
import { addModelsToCatalogFile, importDeviceTypeFiles } from '../../services/interopFiles';
import { EXIT } from '../exitCodes';
import type { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { UsageError } from '../io';

export interface CatalogImportOptions {
  files: string[];
  output?: string | undefined;
  role?: string | undefined;
}

/**
 * `clusterwire catalog import`: device-type library YAML to catalog models. Any file that does
 * not load stops the import (exit 2) before anything is written; what a file holds that the
 * catalog cannot is reported, model by model, on stderr.
 */
export async function catalogImportCommand(
  options: CatalogImportOptions,
  io: CliIo,
): Promise<ExitCode> {
  if (options.files.length === 0)
    throw new UsageError('catalog import needs one or more device-type YAML files or folders');
  let role: DeviceRole | undefined;
  if (options.role !== undefined) {
    const parsed = DeviceRole.safeParse(options.role);
    if (!parsed.success)
      throw new UsageError(`--role must be one of ${DeviceRole.options.join(', ')}`);
    role = parsed.data;
  }
  const { imported, problems } = await importDeviceTypeFiles(options.files, {
    role,
    cwd: io.cwd,
    shown: (path) => relative(io.cwd, path) || path,
  });
  if (problems.length > 0) {
    for (const line of problems) io.err(`${line}\n`);
    io.err(
      `clusterwire: nothing imported (${problems.length} problem${problems.length === 1 ? '' : 's'})\n`,
    );
    return EXIT.invalidFile;
  }
  if (imported.length === 0) {
    io.err('clusterwire: no device-type YAML files found; nothing imported\n');
    return EXIT.invalidFile;
  }
  for (const { file, model, notes } of imported) {
    io.err(`${file}: ${model.manufacturer} ${model.model} -> ${model.id} (${model.role})\n`);
    for (const note of notes) io.err(`  ${note}\n`);
  }
  const models = imported.map((i) => i.model);
  if (options.output === undefined) {
    const file: CatalogFile = { catalogVersion: 1, models, media: [], transceivers: [] };
    io.out(`${JSON.stringify(file, null, 2)}\n`);
    return EXIT.ok;
  }
  const target = resolve(io.cwd, options.output);
  try {
    const { added, replaced } = await addModelsToCatalogFile(target, models);
    io.err(
      `added ${added} model${added === 1 ? '' : 's'}${replaced > 0 ? `, replaced ${replaced}` : ''} in ${options.output}\n`,
    );
    return EXIT.ok;
  } catch (error) {
    io.err(`clusterwire: ${(error as Error).message}\n`);
    return error instanceof WriteError ? EXIT.outputFailed : EXIT.invalidFile;
  }
}
