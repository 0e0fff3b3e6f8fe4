import { resolve } from 'node:path';
import { serializeDesign } from '../../../shared/format';
import { DEFAULT_TEMPLATE, TEMPLATES, findTemplate } from '../../../shared/templates';
import { WriteError } from '../../services/atomicWrite';
import { writeDesignFile } from '../../services/designFiles';
import { EXIT } from '../exitCodes';
import type { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { UsageError } from '../io';

export async function newCommand(
  options: { template?: string | undefined; output?: string | undefined; force: boolean },
  io: CliIo,
): Promise<ExitCode> {
  const name = options.template ?? DEFAULT_TEMPLATE;
  const template = findTemplate(name);
  if (!template) {
    throw new UsageError(
      `unknown template "${name}"; available: ${TEMPLATES.map((t) => t.name).join(', ')}`,
    );
  }
  const design = template.build();
  if (options.output === undefined) {
    io.out(serializeDesign(design));
    return EXIT.ok;
  }
  const path = resolve(io.cwd, options.output);
  try {
    await writeDesignFile(path, design, { overwrite: options.force });
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    const hint = error.code === 'EEXIST' ? '; pass --force to overwrite it' : '';
    io.err(`clusterwire: ${error.message}${hint}\n`);
    return EXIT.outputFailed;
  }
  io.err(`wrote ${options.output} from template ${name}\n`);
  return EXIT.ok;
}
