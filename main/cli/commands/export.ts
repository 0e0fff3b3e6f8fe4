import { resolve } from 'node:path';
import { bomCsv, cableScheduleCsv, designSvg } from '../../../shared/export';
import { formatLoadProblem } from '../../../shared/format';
import { WriteError, writeFileAtomic } from '../../services/atomicWrite';
import { loadCatalog } from '../../services/catalogFiles';
import { readDesignFile } from '../../services/designFiles';
import { EXIT } from '../exitCodes';
import type { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { UsageError } from '../io';

export interface ExportOptions {
  bom?: string | undefined;
  cables?: string | undefined;
  svg?: string | undefined;
  png?: string | undefined;
  excel: boolean;
}

export async function exportCommand(
  file: string,
  options: ExportOptions,
  io: CliIo,
): Promise<ExitCode> {
  if (options.png !== undefined) {
    throw new UsageError(
      'PNG export is not available in this version yet; use --svg, --bom and --cables',
    );
  }
  const outputs = [
    ...(options.svg !== undefined ? [{ path: options.svg, what: 'diagram', make: designSvg }] : []),
    ...(options.bom !== undefined
      ? [{ path: options.bom, what: 'bill of materials', make: bomCsv }]
      : []),
    ...(options.cables !== undefined
      ? [{ path: options.cables, what: 'cable schedule', make: cableScheduleCsv }]
      : []),
  ];
  if (outputs.length === 0)
    throw new UsageError(
      'export needs at least one output: --svg FILE, --bom FILE or --cables FILE',
    );

  const path = resolve(io.cwd, file);
  const result = await readDesignFile(path);
  if (!result.ok) {
    if (result.reason === 'io') io.err(`clusterwire: ${result.message}\n`);
    else for (const problem of result.problems) io.err(`${formatLoadProblem(problem, file)}\n`);
    return EXIT.invalidFile;
  }
  const { catalog, warnings } = await loadCatalog({ designPath: path });
  for (const w of warnings) io.err(`clusterwire: user catalog skipped: ${w}\n`);

  let failed = false;
  for (const output of outputs) {
    const text = output.make(result.design, { catalog, excel: options.excel });
    try {
      await writeFileAtomic(resolve(io.cwd, output.path), text, { overwrite: true });
      io.err(`wrote ${output.what} to ${output.path}\n`);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      io.err(`clusterwire: ${error.message}\n`);
      failed = true;
    }
  }
  return failed ? EXIT.outputFailed : EXIT.ok;
}
