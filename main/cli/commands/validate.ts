import { parseLocatedJson } from '../../../shared/format';
import { summarize, validate } from '../../../shared/rules';
import { EXIT } from '../exitCodes';
import { openDesign } from '../openDesign';
import type { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { UsageError } from '../io';
import { jsonReport, sarifReport, textReport } from '../report';

const FORMATS = ['text', 'json', 'sarif'] as const;

export async function validateCommand(file: string, format: string, io: CliIo): Promise<ExitCode> {
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(', ')})`);
  }
  const opened = await openDesign(file, io);
  if (!opened) return EXIT.invalidFile;
  const { catalog } = opened;
  const findings = validate(opened.design, { catalog });
  const summary = summarize(findings);
  if (format === 'json') io.out(jsonReport(file, findings, summary));
  else if (format === 'sarif') {
    const located = parseLocatedJson(opened.text);
    if (!located.ok) throw new Error('a loaded design must parse');
    io.out(sarifReport(file, findings, opened.design, located.json));
  } else io.out(textReport(file, findings, summary, io.color));
  return summary.errors > 0 ? EXIT.designErrors : EXIT.ok;
}
