import { RULES } from '../../../shared/rules';
import { EXIT } from '../exitCodes';
import type { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { UsageError } from '../io';

export function rulesCommand(format: string, io: CliIo): ExitCode {
  if (format === 'json') {
    const rules = RULES.map(({ id, severity, title, why, hint, source }) => ({
      id,
      severity,
      title,
      why,
      hint,
      source,
    }));
    io.out(`${JSON.stringify(rules, null, 2)}\n`);
  } else if (format === 'text') {
    const width = Math.max(...RULES.map((r) => r.id.length));
    for (const r of RULES)
      io.out(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title}  [${r.source}]\n`);
  } else {
    throw new UsageError(`unknown format "${format}" (use text or json)`);
  }
  return EXIT.ok;
}
