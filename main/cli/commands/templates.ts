import { TEMPLATES } from '../../../shared/templates';
import { EXIT } from '../exitCodes';
import type { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { UsageError } from '../io';

export function templatesCommand(format: string, io: CliIo): ExitCode {
  if (format === 'json') {
    io.out(
      `${JSON.stringify(
        TEMPLATES.map(({ name, title, description }) => ({ name, title, description })),
        null,
        2,
      )}\n`,
    );
  } else if (format === 'text') {
    const width = Math.max(...TEMPLATES.map((t) => t.name.length));
    for (const t of TEMPLATES)
      io.out(`${t.name.padEnd(width)}  ${t.title}\n${' '.repeat(width + 2)}${t.description}\n`);
  } else {
    throw new UsageError(`unknown format "${format}" (use text or json)`);
  }
  return EXIT.ok;
}
