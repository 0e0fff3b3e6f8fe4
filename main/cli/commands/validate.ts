import { resolve } from 'node:path';
import { formatLoadProblem } from '../../../shared/format';
import { readDesignFile } from '../../services/designFiles';
import { EXIT } from '../exitCodes';
import type { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { UsageError } from '../io';

const FORMATS = ['text', 'json'] as const;

export async function validateCommand(file: string, format: string, io: CliIo): Promise<ExitCode> {
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(' or ')})`);
  }
  const result = await readDesignFile(resolve(io.cwd, file));
  if (!result.ok) {
    if (result.reason === 'io') io.err(`clusterwire: ${result.message}\n`);
    else {
      for (const problem of result.problems) io.err(`${formatLoadProblem(problem, file)}\n`);
      io.err(
        `clusterwire: ${file} is not a valid design (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'})\n`,
      );
    }
    return EXIT.invalidFile;
  }
  const { design } = result;
  // The rule catalogue is not implemented yet: a design that loads has no findings to report.
  if (format === 'json') {
    const summary = { errors: 0, warnings: 0, infos: 0, suppressed: 0 };
    io.out(`${JSON.stringify({ file, summary, findings: [] }, null, 2)}\n`);
  } else {
    io.out(
      `${file}: valid design "${design.meta.name}" (${design.devices.length} devices, ${design.cables.length} cables)\n`,
    );
  }
  return EXIT.ok;
}
