/** Why a file could not be loaded. Value problems are never LoadProblems: they are findings. */
export type LoadProblemCode =
  'too-large' | 'syntax' | 'schema' | 'reference' | 'duplicate-id' | 'version';

export type JsonPath = ReadonlyArray<string | number>;

export interface LoadProblem {
  code: LoadProblemCode;
  message: string;
  /** JSON path of the offending value, as keys and indexes. */
  path: JsonPath;
  /** 1-based position of the offending value in the text, when it exists in the text. */
  line?: number;
  column?: number;
}

/** `$.cables[3].a.device`: the notation editors and jq users read. */
export function formatJsonPath(path: JsonPath): string {
  let out = '$';
  for (const key of path) {
    out +=
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `.${key}`
          : `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** `file:line:col: message (at $.path)`, the shape compilers print and editors can jump to. */
export function formatLoadProblem(problem: LoadProblem, fileName?: string): string {
  const where = [fileName, problem.line, problem.column].filter((x) => x !== undefined).join(':');
  const at = problem.path.length > 0 ? ` (at ${formatJsonPath(problem.path)})` : '';
  return `${where ? `${where}: ` : ''}${problem.message}${at}`;
}
