import type { z } from 'zod';
import type { LocatedJson } from './locatedJson';
import type { JsonPath, LoadProblem } from './problem';

/** Zod issues -> problems that name the JSON path and the line/column of the offending value. */
export function zodProblems(error: z.ZodError, json: LocatedJson): LoadProblem[] {
  return error.issues.map((issue) => {
    let path: JsonPath = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      // Point at the first unknown key itself, not at its object.
      path = [...path, issue.keys[0] ?? ''];
      message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      message = `missing required field "${String(path[path.length - 1] ?? '')}" (${issue.message})`;
    }
    const at = json.locate(path);
    return { code: 'schema', message, path, line: at.line, column: at.column };
  });
}
