/**
 * Every output the fuzz test (tests/integration/fuzz.test.ts) drives with hostile designs, in one
 * list. A new export or generator is fuzzed by adding one entry to FUZZ_OUTPUTS: how to make it
 * in-process, how the CLI writes it, and what "well-formed" means for its bytes (a checker
 * below, or a new one next to them).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';
import { BUILTIN_CATALOG } from '../../shared/catalog';
import type { Design } from '../../shared/model';
import type { FileExportKind } from '../../main/services/exports';
import { renderExport } from '../../main/services/exports';

export interface FuzzOutput {
  name: string;
  /** The output's bytes for a design, in-process. */
  render(design: Design): string | Buffer;
  /** The CLI arguments that write it to `out` for the design file `input`. */
  cli(input: string, out: string): string[];
  /** Throws (an expect failure) unless the bytes are well-formed for this design. */
  check(bytes: Buffer, design: Design): void;
  /** Seconds, not milliseconds, per design (PNG): fuzzed on a few runs only. */
  slow?: boolean;
}

const settings = { catalog: BUILTIN_CATALOG, scale: 1, transparent: false, excel: false };
const exported =
  (kind: FileExportKind, excel = false) =>
  (design: Design) =>
    renderExport(design, kind, { ...settings, excel });

/** Well-formed XML 1.0 (fast-xml-parser's validator), with an svg root. */
export function checkSvg(bytes: Buffer): void {
  const text = bytes.toString('utf8');
  expect(XMLValidator.validate(text)).toBe(true);
  expect(text.startsWith('<svg ')).toBe(true);
}

/** A PNG: signature, then an IHDR of positive size. */
export function checkPng(bytes: Buffer): void {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(0);
  expect(bytes.readUInt32BE(20)).toBeGreaterThan(0);
}

/**
 * CSV that parses back strictly into `rows` records (when known) of the header's cell count,
 * with no cell a spreadsheet would run as a formula (OWASP CSV injection).
 */
export function checkCsv(options: { excel: boolean; rows?: (design: Design) => number }) {
  return (bytes: Buffer, design: Design): void => {
    let text = bytes.toString('utf8');
    if (options.excel) {
      expect(text.charCodeAt(0)).toBe(0xfeff);
      text = text.slice(1);
    }
    const records = parseCsv(text, {
      delimiter: options.excel ? ';' : ',',
      relax_column_count: false,
    }) as string[][];
    const width = records[0]!.length;
    for (const record of records) expect(record).toHaveLength(width);
    if (options.rows) {
      const header = records.findIndex((r) => r[0] === 'cable id');
      expect(records.length - header - 1).toBe(options.rows(design));
    }
    for (const record of records)
      for (const cell of record) expect(cell).not.toMatch(/^[\s\u3000]*[=+\-@＝＋－＠]/);
  };
}

export const FUZZ_OUTPUTS: FuzzOutput[] = [
  {
    name: 'SVG diagram',
    render: exported('svg'),
    cli: (input, out) => ['export', input, '--svg', out],
    check: checkSvg,
  },
  {
    name: 'PNG diagram',
    render: exported('png'),
    cli: (input, out) => ['export', input, '--png', out],
    check: checkPng,
    slow: true,
  },
  {
    name: 'bill of materials CSV',
    render: exported('bom'),
    cli: (input, out) => ['export', input, '--bom', out],
    check: checkCsv({ excel: false }),
  },
  {
    name: 'bill of materials CSV for Excel',
    render: exported('bom', true),
    cli: (input, out) => ['export', input, '--bom', out, '--excel'],
    check: checkCsv({ excel: true }),
  },
  {
    name: 'cable schedule CSV',
    render: exported('cables'),
    cli: (input, out) => ['export', input, '--cables', out],
    check: checkCsv({ excel: false, rows: (d) => d.cables.length }),
  },
  {
    name: 'cable schedule CSV for Excel',
    render: exported('cables', true),
    cli: (input, out) => ['export', input, '--cables', out, '--excel'],
    check: checkCsv({ excel: true, rows: (d) => d.cables.length }),
  },
];
