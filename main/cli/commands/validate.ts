import { resolve } from 'node:path';
import { formatLoadProblem, parseLocatedJson } from '../../../shared/format';
import { summarize, validate } from '../../../shared/rules';
import { loadCatalog } from '../../services/catalogFiles';
import { readDesignFile } from '../../services/designFiles';
import { EXIT } from '../exitCodes';
import type { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { UsageError } from '../io';
import { jsonReport, sarifReport, textReport } from '../report';

const FORMATS = ['text', 'json', 'sarif'] as const;

export async function validateCommand(file: string, format: string, io: CliIo): Promise<ExitCode> {
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(', ')})`);
  }
  const path = resolve(io.cwd, file);
  const result = await readDesignFile(path);
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
  const { catalog, warnings } = await loadCatalog({ designPath: path });
  for (const w of warnings) io.err(`clusterwire: user catalog skipped: ${w}\n`);
  const findings = validate(result.design, { catalog });
  const summary = summarize(findings);
  if (format === 'json') io.out(jsonReport(file, findings, summary));
  else if (format === 'sarif') {
    const located = parseLocatedJson(result.text);
    if (!located.ok) throw new Error('a loaded design must parse');
    io.out(sarifReport(file, findings, result.design, located.json));
  } else io.out(textReport(file, findings, summary, io.color));
  return summary.errors > 0 ? EXIT.designErrors : EXIT.ok;
}
