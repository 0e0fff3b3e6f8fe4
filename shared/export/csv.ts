import { stringify } from 'csv-stringify/browser/esm/sync';

export interface CsvOptions {
  /** Excel-friendly: a UTF-8 byte-order mark and ";" (what Excel expects in many locales). */
  excel?: boolean;
}

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): anything whose first
 * character after any leading white space is = + - @ (or their full-width forms, which some
 * spreadsheets fold), a tab or a carriage return. A leading apostrophe makes it text.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * Cells quoted whatever the delimiter: line breaks of either kind (a bare CR ends a row in
 * some readers), quotes, and both separators, since a comma file opened in a semicolon
 * locale splits at the semicolon.
 */
const NEEDS_QUOTES = /[\r\n",;]/;

/**
 * Rows of plain values to CSV text, header first, every text cell neutralised. A preamble of
 * key/value rows and an empty row may come before the header; they are padded to its width so
 * the file stays rectangular for strict readers.
 */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  options: CsvOptions = {},
  preamble: ReadonlyArray<readonly [string, string]> = [],
): string {
  const pad = (row: readonly string[]) => [
    ...row,
    ...Array<string>(Math.max(0, header.length - row.length)).fill(''),
  ];
  const top = preamble.length === 0 ? [] : [...preamble.map(pad), pad([])];
  const cells = [...top, header, ...rows].map((row) =>
    row.map((v) => (typeof v === 'number' ? String(v) : neutralise(v))),
  );
  const text = stringify(cells, {
    delimiter: options.excel ? ';' : ',',
    record_delimiter: options.excel ? 'windows' : 'unix',
    quoted_match: NEEDS_QUOTES,
  });
  return options.excel ? `\ufeff${text}` : text;
}
