import { CURRENT_SCHEMA_VERSION, Design } from '../model/design';
import { parseLocatedJson } from './locatedJson';
import type { MigrationSteps } from './migrations';
import { MIGRATIONS, migrate } from './migrations';
import type { LoadProblem } from './problem';
import { zodProblems } from './zodProblems';
import { checkReferences } from './references';

/** Design files above this size are refused: no real design comes close (2,000 devices ~ 5 MiB). */
export const MAX_DESIGN_BYTES = 20 * 1024 * 1024;
const MAX_PROBLEMS = 50;

export type LoadResult =
  { ok: true; design: Design; migratedFrom?: number } | { ok: false; problems: LoadProblem[] };

export interface LoadOptions {
  /** Size of the file in bytes when the caller knows it (saves encoding the text to measure). */
  byteLength?: number;
  migrations?: MigrationSteps;
  targetVersion?: number;
}

export function tooLargeProblem(bytes: number): LoadProblem {
  const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    code: 'too-large',
    message: `the file is ${mib(bytes)} MiB; design files are limited to ${mib(MAX_DESIGN_BYTES)} MiB`,
    path: [],
  };
}

/**
 * Text -> Design. Rejects only what cannot be represented (malformed JSON, wrong types,
 * dangling references, duplicate ids, unknown versions); every problem names its JSON path and,
 * where the value is in the text, its line and column.
 */
export function loadDesign(text: string, options: LoadOptions = {}): LoadResult {
  // A UTF-16 code unit is at least one UTF-8 byte, so length bounds the byte count from below.
  const bytes = options.byteLength ?? (text.length > MAX_DESIGN_BYTES ? text.length : 0);
  if (bytes > MAX_DESIGN_BYTES) return { ok: false, problems: [tooLargeProblem(bytes)] };

  const parsed = parseLocatedJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) return parsed;
  const { json } = parsed;
  const locate = (p: Omit<LoadProblem, 'line' | 'column'>): LoadProblem => {
    const at = json.locate(p.path);
    return { ...p, line: at.line, column: at.column };
  };

  const raw = json.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [
        locate({ code: 'schema', message: 'a design file holds a JSON object', path: [] }),
      ],
    };
  }
  if (!('schemaVersion' in raw)) {
    return {
      ok: false,
      problems: [
        locate({
          code: 'version',
          message: 'missing "schemaVersion": this is not a ClusterWire design file',
          path: [],
        }),
      ],
    };
  }
  const migrated = migrate(
    raw as Record<string, unknown>,
    options.targetVersion ?? CURRENT_SCHEMA_VERSION,
    options.migrations ?? MIGRATIONS,
  );
  if (!migrated.ok) {
    return {
      ok: false,
      problems: [locate({ code: 'version', message: migrated.message, path: ['schemaVersion'] })],
    };
  }

  const result = Design.safeParse(migrated.doc);
  if (!result.success) {
    return { ok: false, problems: zodProblems(result.error, json).slice(0, MAX_PROBLEMS) };
  }
  const refProblems = checkReferences(result.data);
  if (refProblems.length > 0) {
    return { ok: false, problems: refProblems.slice(0, MAX_PROBLEMS).map(locate) };
  }
  return migrated.from === CURRENT_SCHEMA_VERSION
    ? { ok: true, design: result.data }
    : { ok: true, design: result.data, migratedFrom: migrated.from };
}
