import { resolve } from 'node:path';
import type { Catalog } from '../../shared/catalog';
import { formatLoadProblem } from '../../shared/format';
import type { Design } from '../../shared/model';
import { loadCatalog } from '../services/catalogFiles';
import { readDesignFile } from '../services/designFiles';
import type { CliIo } from './io';

export interface OpenedDesign {
  design: Design;
  text: string;
  catalog: Catalog;
}

/**
 * Reads a design and its user catalogs for a command. On a bad file it prints every problem
 * (file:line:col: message (at $.path)) and returns null; the caller exits with code 2.
 */
export async function openDesign(file: string, io: CliIo): Promise<OpenedDesign | null> {
  const path = resolve(io.cwd, file);
  const result = await readDesignFile(path);
  if (!result.ok) {
    if (result.reason === 'io') io.err(`clusterwire: ${result.message}\n`);
    else {
      for (const problem of result.problems) io.err(`${formatLoadProblem(problem, file)}\n`);
      const count = result.problems.length;
      io.err(
        `clusterwire: ${file} is not a valid design (${count} problem${count === 1 ? '' : 's'})\n`,
      );
    }
    return null;
  }
  const { catalog, warnings } = await loadCatalog({ designPath: path });
  for (const w of warnings) io.err(`clusterwire: user catalog skipped: ${w}\n`);
  return { design: result.design, text: result.text, catalog };
}
