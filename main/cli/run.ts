import { parseArgs } from 'node:util';
import { catalogImportCommand } from './commands/catalog';
import { checkCablingCommand } from './commands/checkCabling';
import { diffCommand } from './commands/diff';
import { exportCommand } from './commands/export';
import { generateCommand } from './commands/generate';
import { newCommand } from './commands/newDesign';
import { rulesCommand } from './commands/rules';
import { serveCommand } from './commands/serve';
import { templatesCommand } from './commands/templates';
import { validateCommand } from './commands/validate';
import { PNG_SCALE_TEXT } from '../../shared/export/pngScale';
import { VERSION } from '../../shared/version';
import { EXIT } from './exitCodes';
import type { ExitCode } from './exitCodes';
import type { CliIo } from './io';
import { UsageError } from './io';

export const USAGE = `Usage: clusterwire <command> [options]

Commands:
  new [--template NAME] [-o FILE] [--force]   write a new design (default: pve-hci-3node);
                                              without -o it is printed to stdout
  templates [--format text|json]              list the templates
  validate FILE [--format text|json|sarif]    check a design against the rule catalogue
  rules [--format text|json]                  list the rule catalogue
  export FILE [--svg F] [--png F] [--scale N | --paper a4|a3|letter] [--transparent]
                                              the diagram as SVG or PNG, at scale
                                              ${PNG_SCALE_TEXT} or fitted to
                                              landscape paper (PNG at 300 dpi)
  export FILE [--bom F] [--cables F] [--excel]
                                              bill of materials and cable schedule as CSV
                                              (--excel: UTF-8 BOM and ";")
  export FILE [--drawio F] [--clab F] [--clab-image KIND=IMAGE]... [--netbox DIR] [--site NAME]
                                              an editable draw.io diagram; a containerlab topology
                                              (kinds arista_ceos, nvidia_cumulusvx, linux; no image
                                              is invented); NetBox 4.x bulk-import files in DIR
  catalog import FILE|DIR... [-o CATALOG] [--role ROLE]
                                              NetBox device-type library YAML to catalog models,
                                              added to CATALOG (or printed as a catalog file)
  generate FILE -o DIR [--switch-platform eos|nvue] [--force]
                                              configuration files: per node interfaces,
                                              corosync.conf, Ceph, switch configs (EOS or
                                              NVUE), port plans and a runbook; refused (1)
                                              while the design has errors or lacks a fact;
                                              a folder that holds anything is refused (4)
                                              without --force, which keeps other files and
                                              names the ones of an earlier generation
  serve [FILE|FOLDER] [--port N] [--no-open]  the app in your browser over loopback (127.0.0.1),
                                              confined to FILE's folder, FOLDER, or this one
  check-cabling DESIGN FILE... [--device NAME] [--format text|json|csv]
                                              compare LLDP neighbours (lldpd json0/json, Arista
                                              EOS json; one file per device, named after it, or
                                              --device for one file) with the designed cables;
                                              exit 1 when something does not match
  diff OLD NEW [--layout] [--format text|markdown|json]
                                              what changed between two designs, by id; layout
                                              only with --layout; exit 0 same, 1 changed

Exit codes: 0 ok, 1 design has errors, 2 file unreadable or not a valid design,
            3 usage error, 4 an output could not be written.
`;

type Args = Parameters<typeof parseArgs>[0] & object;

function parse(args: string[], options: NonNullable<Args['options']>, positionals: number) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[\w+\]: /, ''));
  }
  if (parsed.positionals.length > positionals) {
    throw new UsageError(`unexpected argument "${parsed.positionals[positionals]}"`);
  }
  return parsed;
}

/** One command's lines of USAGE (its line and the continuation lines under it), or null. */
export function commandUsage(command: string): string | null {
  const lines = USAGE.split('\n');
  const parts: string[] = [];
  // A command may have several entries (export: the diagrams and lists, then the interop files).
  lines.forEach((line, start) => {
    if (!line.startsWith(`  ${command} `) && line !== `  ${command}`) return;
    let end = start + 1;
    while (end < lines.length && /^ {40,}\S/.test(lines[end]!)) end++;
    const [synopsis, ...said] = line.trim().split(/ {2,}/);
    const description = [...said, ...lines.slice(start + 1, end).map((l) => l.trim())].join(' ');
    parts.push(
      `${parts.length === 0 ? 'Usage:' : '      '} clusterwire ${synopsis}\n\n  ${description}\n`,
    );
  });
  return parts.length === 0 ? null : parts.join('\n');
}

export async function run(argv: string[], io: CliIo): Promise<ExitCode> {
  const [command, ...rest] = argv;
  // `clusterwire COMMAND --help`: that command's usage, whatever else is on the line.
  const help =
    command && (rest.includes('--help') || rest.includes('-h')) ? commandUsage(command) : null;
  if (help) {
    io.out(help);
    return EXIT.ok;
  }
  try {
    switch (command) {
      case 'new': {
        const { values } = parse(
          rest,
          {
            template: { type: 'string', short: 't' },
            output: { type: 'string', short: 'o' },
            force: { type: 'boolean', short: 'f' },
          },
          0,
        );
        return await newCommand(
          {
            template: values.template as string | undefined,
            output: values.output as string | undefined,
            force: values.force === true,
          },
          io,
        );
      }
      case 'templates': {
        const { values } = parse(rest, { format: { type: 'string', default: 'text' } }, 0);
        return templatesCommand(values.format as string, io);
      }
      case 'validate': {
        const { values, positionals } = parse(
          rest,
          { format: { type: 'string', default: 'text' } },
          1,
        );
        const file = positionals[0];
        if (file === undefined) throw new UsageError('validate needs a design file');
        return await validateCommand(file, values.format as string, io);
      }
      case 'export': {
        const { values, positionals } = parse(
          rest,
          {
            bom: { type: 'string' },
            cables: { type: 'string' },
            svg: { type: 'string' },
            png: { type: 'string' },
            scale: { type: 'string' },
            paper: { type: 'string' },
            transparent: { type: 'boolean' },
            excel: { type: 'boolean' },
            drawio: { type: 'string' },
            clab: { type: 'string' },
            'clab-image': { type: 'string', multiple: true },
            netbox: { type: 'string' },
            site: { type: 'string' },
          },
          1,
        );
        const file = positionals[0];
        if (file === undefined) throw new UsageError('export needs a design file');
        const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
        return await exportCommand(
          file,
          {
            bom: str(values.bom),
            cables: str(values.cables),
            svg: str(values.svg),
            png: str(values.png),
            scale: str(values.scale),
            paper: str(values.paper),
            transparent: values.transparent === true,
            excel: values.excel === true,
            drawio: str(values.drawio),
            clab: str(values.clab),
            clabImages: Array.isArray(values['clab-image'])
              ? values['clab-image'].filter((v): v is string => typeof v === 'string')
              : undefined,
            netbox: str(values.netbox),
            site: str(values.site),
          },
          io,
        );
      }
      case 'catalog': {
        const [sub, ...files] = rest;
        if (sub !== 'import')
          throw new UsageError(
            sub === undefined
              ? 'catalog needs a subcommand: import'
              : `unknown catalog subcommand "${sub}"`,
          );
        const { values, positionals } = parse(
          files,
          { output: { type: 'string', short: 'o' }, role: { type: 'string' } },
          Infinity,
        );
        return await catalogImportCommand(
          {
            files: positionals,
            output: typeof values.output === 'string' ? values.output : undefined,
            role: typeof values.role === 'string' ? values.role : undefined,
          },
          io,
        );
      }
      case 'generate': {
        const { values, positionals } = parse(
          rest,
          {
            output: { type: 'string', short: 'o' },
            'switch-platform': { type: 'string' },
            force: { type: 'boolean', short: 'f' },
          },
          1,
        );
        const file = positionals[0];
        if (file === undefined) throw new UsageError('generate needs a design file');
        const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
        return await generateCommand(
          file,
          {
            output: str(values.output),
            switchPlatform: str(values['switch-platform']),
            force: values.force === true,
          },
          io,
        );
      }
      case 'serve': {
        const { values, positionals } = parse(
          rest,
          { port: { type: 'string', short: 'p' }, 'no-open': { type: 'boolean' } },
          1,
        );
        return await serveCommand(
          {
            file: positionals[0],
            port: typeof values.port === 'string' ? values.port : undefined,
            open: values['no-open'] !== true,
          },
          io,
        );
      }
      case 'check-cabling': {
        const { values, positionals } = parse(
          rest,
          { device: { type: 'string' }, format: { type: 'string', default: 'text' } },
          Number.MAX_SAFE_INTEGER,
        );
        const [design, ...files] = positionals;
        if (design === undefined) throw new UsageError('check-cabling needs a design file');
        return await checkCablingCommand(
          {
            design,
            files,
            device: typeof values.device === 'string' ? values.device : undefined,
            format: values.format as string,
          },
          io,
        );
      }
      case 'diff': {
        const { values, positionals } = parse(
          rest,
          { layout: { type: 'boolean' }, format: { type: 'string', default: 'text' } },
          2,
        );
        const [old, next] = positionals;
        if (old === undefined || next === undefined) {
          throw new UsageError('diff needs two design files (OLD NEW)');
        }
        return await diffCommand(
          { old, new: next, layout: values.layout === true, format: values.format as string },
          io,
        );
      }
      case 'rules': {
        const { values } = parse(rest, { format: { type: 'string', default: 'text' } }, 0);
        return rulesCommand(values.format as string, io);
      }
      case '--version':
        io.out(`${VERSION}\n`);
        return EXIT.ok;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`clusterwire: ${error.message}\nRun "clusterwire --help" for usage.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
