import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import type { JsonPath, LoadProblem } from './problem';

/**
 * JSON parsed with a location-tracking parser, so every problem can name line and column.
 * V8's JSON.parse messages lack positions in some cases and change between versions.
 */
export interface LocatedJson {
  value: unknown;
  /** Line/column of the value at `path`, or of its nearest ancestor present in the text. */
  locate(path: JsonPath): { line: number; column: number; path: JsonPath };
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

export function parseLocatedJson(text: string): LocatedParse {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const starts = lineStarts(text);
  if (errors.length > 0 || tree === undefined) {
    const problems: LoadProblem[] = errors.slice(0, 10).map((e) => {
      const code = printParseErrorCode(e.error);
      return {
        code: 'syntax',
        message: `malformed JSON: ${SYNTAX_MESSAGES[code] ?? code}`,
        path: [],
        ...positionAt(starts, e.offset),
      };
    });
    if (problems.length === 0)
      problems.push({
        code: 'syntax',
        message: 'malformed JSON: the file is empty',
        path: [],
        line: 1,
        column: 1,
      });
    return { ok: false, problems };
  }
  const root: Node = tree;
  return {
    ok: true,
    json: {
      value: getNodeValue(root),
      locate(path) {
        for (let n = path.length; n >= 0; n--) {
          const prefix = path.slice(0, n);
          const node = findNodeAtLocation(root, [...prefix]);
          if (node) {
            // For a property value, point at its key: that is where a reader looks.
            const anchor = node.parent?.type === 'property' ? node.parent : node;
            return { ...positionAt(starts, anchor.offset), path: prefix };
          }
        }
        return { line: 1, column: 1, path: [] };
      },
    },
  };
}
