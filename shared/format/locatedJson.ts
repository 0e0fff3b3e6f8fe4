import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import type { JsonPath, LoadProblem } from './problem';
import type { StructureProblem } from './jsonStructure';
import { MAX_JSON_DEPTH, checkJsonStructure } from './jsonStructure';

/** Line and column (1-based) of the value at a JSON path, or of its nearest ancestor in the text. */
export type Locate = (path: JsonPath) => { line: number; column: number; path: JsonPath };

export interface LocatedJson {
  value: unknown;
  locate: Locate;
}

export type LocatedParse = { ok: true; json: LocatedJson } | { ok: false; problems: LoadProblem[] };

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function positionAt(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," between values',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected content after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in a design file',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

function tree(text: string): { root: Node | undefined; errors: ParseError[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  return { root, errors };
}

function syntaxProblems(text: string, errors: ParseError[], starts: number[]): LoadProblem[] {
  const problems: LoadProblem[] = errors.slice(0, 10).map((e) => {
    const code = printParseErrorCode(e.error);
    return {
      code: 'syntax',
      message: `malformed JSON: ${SYNTAX_MESSAGES[code] ?? code}`,
      path: [],
      ...positionAt(starts, e.offset),
    };
  });
  if (problems.length === 0) {
    const message = text.trim() === '' ? 'malformed JSON: the file is empty' : 'malformed JSON';
    problems.push({ code: 'syntax', message, path: [], line: 1, column: 1 });
  }
  return problems;
}

/**
 * JSON.parse for speed (a location tree costs ~15x a plain parse on a large design); the
 * location-tracking parser runs only when there is a problem to point at, since V8's own
 * messages lack positions in some cases and change between versions.
 */
export function parseLocatedJson(text: string): LocatedParse {
  const structure = checkJsonStructure(text);
  if (structure) return { ok: false, problems: [structureProblem(structure, lineStarts(text))] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const { errors } = tree(text);
    return { ok: false, problems: syntaxProblems(text, errors, lineStarts(text)) };
  }
  let located: { root: Node | undefined; starts: number[] } | undefined;
  const locate: Locate = (path) => {
    located ??= { root: tree(text).root, starts: lineStarts(text) };
    const { root, starts } = located;
    for (let n = path.length; root && n >= 0; n--) {
      const prefix = path.slice(0, n);
      const node = findNodeAtLocation(root, [...prefix]);
      if (node) {
        // For a property value, point at its key: that is where a reader looks.
        const anchor = node.parent?.type === 'property' ? node.parent : node;
        return { ...positionAt(starts, anchor.offset), path: prefix };
      }
    }
    return { line: 1, column: 1, path: [] };
  };
  return { ok: true, json: { value, locate } };
}

function structureProblem(problem: StructureProblem, starts: number[]): LoadProblem {
  const at = positionAt(starts, problem.offset);
  if (problem.kind === 'depth') {
    return {
      code: 'syntax',
      message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels (a design is about 8 deep)`,
      path: [],
      ...at,
    };
  }
  const first = positionAt(starts, problem.firstOffset);
  return {
    code: 'syntax',
    message: `key "${problem.key}" appears twice in one object (first at line ${first.line}, column ${first.column}); JSON keeps only the last, so the file is refused rather than losing the first`,
    path: [],
    ...at,
  };
}
