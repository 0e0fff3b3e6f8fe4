/**
 * Every output the fuzz test (tests/integration/fuzz.test.ts) drives with hostile designs, in one
 * list. A new export or generator is fuzzed by adding one entry to FUZZ_OUTPUTS: how to make it
 * in-process, how the CLI writes it, and what "well-formed" means for its bytes (a checker
 * below, or a new one next to them). An output that is a folder (NetBox, generate) is checked as
 * a map of its files by relative path.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { BUILTIN_CATALOG } from '../../shared/catalog';
import { generateConfiguration } from '../../shared/generate';
import type { Design } from '../../shared/model';
import { containerlabTopology, drawioXml, netboxExport } from '../../shared/interop';
import type { FileExportKind } from '../../main/services/exports';
import { renderExport } from '../../main/services/exports';

/** A folder's files by path relative to it. */
export type FuzzFiles = Map<string, Buffer>;

interface FuzzOutputBase {
  name: string;
  /** The CLI arguments that write it to `out` for the design file `input`. */
  cli(input: string, out: string): string[];
  /** Seconds, not milliseconds, per design (PNG): fuzzed on a few runs only. */
  slow?: boolean;
  /**
   * Refuses most fully hostile designs (generate refuses a hostile hostname or label), so it is
   * also fuzzed with hostile text in one field at a time of a design it accepts.
   */
  refusesHostileDesigns?: boolean;
}

export interface FuzzFileOutput extends FuzzOutputBase {
  folder?: false;
  /** The output's bytes for a design, in-process. */
  render(design: Design): string | Buffer;
  /** Throws (an expect failure) unless the bytes are well-formed for this design. */
  check(bytes: Buffer, design: Design): void;
}

export interface FuzzFolderOutput extends FuzzOutputBase {
  folder: true;
  /** The folder's files for a design, in-process; none when the output refuses the design. */
  render(design: Design): FuzzFiles;
  /** Throws unless every file is well-formed; an empty map is a refusal (nothing written). */
  check(files: FuzzFiles, design: Design): void;
}

export type FuzzOutput = FuzzFileOutput | FuzzFolderOutput;

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
  return (bytes: Buffer, design?: Design): void => {
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
    if (options.rows && design) {
      const header = records.findIndex((r) => r[0] === 'cable id');
      expect(records.length - header - 1).toBe(options.rows(design));
    }
    for (const record of records)
      for (const cell of record) expect(cell).not.toMatch(/^[\s\u3000]*[=+\-@＝＋－＠]/);
  };
}

/** draw.io: well-formed XML in the mxfile shape, every edge between two existing vertices. */
export function checkDrawio(bytes: Buffer, design: Design): void {
  const text = bytes.toString('utf8');
  expect(XMLValidator.validate(text)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
    text,
  ) as { mxfile?: { diagram?: { mxGraphModel?: { root?: { mxCell?: unknown } } } } };
  const raw = parsed.mxfile?.diagram?.mxGraphModel?.root?.mxCell;
  const cells = (Array.isArray(raw) ? raw : [raw]) as Record<string, string>[];
  // Devices are vertices on the layer; port names are vertices on their edge.
  const vertices = new Set(
    cells.filter((c) => c.vertex === '1' && c.parent === '1').map((c) => c.id),
  );
  const edges = cells.filter((c) => c.edge === '1');
  expect(vertices.size).toBe(design.devices.length);
  for (const edge of edges) {
    expect(vertices.has(edge.source!), `edge ${edge.id} source`).toBe(true);
    expect(vertices.has(edge.target!), `edge ${edge.id} target`).toBe(true);
  }
}

/**
 * A planted command (HOSTILE_COMMAND in the fuzz test) at a command position: the first word of
 * a line, or after a shell separator or substitution. Quoted or commented text is data.
 */
export const PLANTED = 'PWNED';
const PLANTED_AT_COMMAND = /(^|[;&|`\n]|\$\()\s*PWNED/;
const PLANTED_AT_LINE_START = /^\s*PWNED/;

/** Shell text without its single-quoted strings ('...' holds no escapes) and comments. */
function shellCode(line: string): string {
  const unquoted = line.replace(/'[^']*'/g, "''");
  const comment = unquoted.search(/(^|\s)#/);
  return comment < 0 ? unquoted : unquoted.slice(0, comment);
}

/** containerlab: YAML that parses, every link endpoint "node:iface" naming a node of the lab. */
export function checkContainerlab(bytes: Buffer): void {
  const doc = parseYaml(bytes.toString('utf8')) as {
    name?: unknown;
    topology?: {
      nodes?: Record<string, { exec?: string[] }>;
      links?: { endpoints: string[] }[];
    };
  };
  expect(typeof doc.name).toBe('string');
  const nodes = doc.topology?.nodes ?? {};
  for (const link of doc.topology?.links ?? []) {
    expect(link.endpoints).toHaveLength(2);
    for (const endpoint of link.endpoints) {
      const [node, iface, ...rest] = endpoint.split(':');
      expect(rest, endpoint).toHaveLength(0);
      expect(Object.hasOwn(nodes, node!), endpoint).toBe(true);
      expect(iface, endpoint).toMatch(/^[A-Za-z0-9_.-]{1,15}$/);
    }
  }
  // exec lines run in a shell inside the container: nothing typed may start a command there.
  for (const node of Object.values(nodes))
    for (const line of node.exec ?? []) expect(shellCode(line)).not.toMatch(PLANTED_AT_COMMAND);
}

/** NetBox folder: the README, every CSV rectangular without formula cells, every YAML parses. */
export function checkNetbox(files: FuzzFiles): void {
  expect(files.has('README.md')).toBe(true);
  for (const [path, bytes] of files) {
    if (path.endsWith('.csv')) checkCsv({ excel: false })(bytes);
    else if (path.endsWith('.yaml')) {
      const doc = parseYaml(bytes.toString('utf8')) as { manufacturer?: unknown; model?: unknown };
      expect(typeof doc.manufacturer, path).toBe('string');
      expect(typeof doc.model, path).toBe('string');
    } else expect(path).toBe('README.md');
  }
}

/**
 * Generated configuration: no raw control character in any file (tab and newline only), and no
 * planted fragment starting a line of any file (interfaces, corosync.conf, ceph.conf, EOS,
 * runbook, port plans) or a command of an NVUE script (shell, outside quotes and comments).
 */
export function checkGenerated(files: FuzzFiles): void {
  for (const [path, bytes] of files) {
    const text = bytes.toString('utf8');
    // eslint-disable-next-line no-control-regex -- no C0/C1 control but tab and newline
    expect(text, path).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]/);
    for (const line of text.split('\n')) {
      // A shell script: no planted command outside quotes and comments, at a line's start or
      // after a separator. Other files: none starts a line.
      if (path.endsWith('.sh'))
        expect(shellCode(line), `${path}: ${line}`).not.toMatch(PLANTED_AT_COMMAND);
      else expect(line, path).not.toMatch(PLANTED_AT_LINE_START);
    }
  }
}

const folderOf = (files: { path: string; text: string }[]): FuzzFiles =>
  new Map(files.map((f) => [f.path, Buffer.from(f.text, 'utf8')]));

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
  {
    name: 'draw.io diagram',
    render: (design) => drawioXml(design),
    cli: (input, out) => ['export', input, '--drawio', out],
    check: checkDrawio,
  },
  {
    name: 'containerlab topology',
    render: (design) => containerlabTopology(design).yaml,
    cli: (input, out) => ['export', input, '--clab', out],
    check: checkContainerlab,
  },
  {
    name: 'NetBox import folder',
    folder: true,
    render: (design) => folderOf(netboxExport(design, { catalog: BUILTIN_CATALOG }).files),
    cli: (input, out) => ['export', input, '--netbox', out],
    check: checkNetbox,
  },
  {
    name: 'clusterwire generate',
    folder: true,
    refusesHostileDesigns: true,
    render: (design) => {
      const result = generateConfiguration(design, { catalog: BUILTIN_CATALOG });
      return result.ok ? folderOf(result.files) : new Map();
    },
    cli: (input, out) => ['generate', input, '-o', out],
    check: checkGenerated,
  },
];
