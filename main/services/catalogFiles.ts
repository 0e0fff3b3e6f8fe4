import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { BUILTIN_CATALOG, mergeCatalogs, parseCatalogText } from '../../shared/catalog';
import type { Catalog } from '../../shared/catalog';
import { formatLoadProblem } from '../../shared/format';
import { describeFsError } from './atomicWrite';

/** A user catalog placed beside a design extends the built-in one for that design. */
export const USER_CATALOG_FILE = 'clusterwire-catalog.json';

export interface CatalogLoad {
  catalog: Catalog;
  /** Catalog files that were merged, in order. */
  sources: string[];
  /** One line per problem ("file:line:col: message (at $.path)"); a broken file is skipped. */
  warnings: string[];
}

/**
 * Built-in catalog + the user's catalogs (from preferences, then beside the design). A missing
 * file is normal; a broken one is reported and skipped, so a typo never blocks opening a design.
 */
export async function loadCatalog(
  options: { designPath?: string; extraPaths?: string[] } = {},
): Promise<CatalogLoad> {
  const paths = [...(options.extraPaths ?? [])];
  if (options.designPath) paths.push(join(dirname(options.designPath), USER_CATALOG_FILE));
  let catalog = BUILTIN_CATALOG;
  const sources: string[] = [];
  const warnings: string[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        warnings.push(describeFsError(error, path, 'read'));
      continue;
    }
    const parsed = parseCatalogText(text);
    if (!parsed.ok) {
      for (const p of parsed.problems) warnings.push(formatLoadProblem(p, path));
      continue;
    }
    catalog = mergeCatalogs(catalog, parsed.catalog);
    sources.push(path);
  }
  return { catalog, sources, warnings };
}
