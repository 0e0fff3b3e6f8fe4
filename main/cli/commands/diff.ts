import { diffDesigns, diffMarkdown, diffSummary, diffText } from '../../../shared/compare';
import { EXIT } from '../exitCodes';
import type { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { UsageError } from '../io';
import { openDesign } from '../openDesign';
import { printable } from '../report';

const FORMATS = ['text', 'markdown', 'json'] as const;

export interface DiffOptions {
  old: string;
  new: string;
  layout: boolean;
  format: string;
}

/** Like diff(1): 0 the same, 1 changed, 2 a file could not be read. */
export async function diffCommand(options: DiffOptions, io: CliIo): Promise<ExitCode> {
  if (!(FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`unknown format "${options.format}" (use ${FORMATS.join(', ')})`);
  }
  const before = await openDesign(options.old, io);
  const after = await openDesign(options.new, io);
  if (!before || !after) return EXIT.invalidFile;
  const changes = diffDesigns(before.design, after.design, { layout: options.layout });
  if (options.format === 'json') {
    const report = {
      old: options.old,
      new: options.new,
      summary: diffSummary(changes),
      changes,
    };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
  } else if (options.format === 'markdown') {
    io.out(diffMarkdown(changes, options.old, options.new));
  } else {
    const text = diffText(changes, options.old, options.new);
    io.out(text.split('\n').map(printable).join('\n'));
  }
  return changes.length > 0 ? EXIT.designErrors : EXIT.ok;
}
