import { parseArgs } from 'node:util';
import { exportCommand } from './commands/export';
import { generateCommand } from './commands/generate';
import { newCommand } from './commands/newDesign';
import { rulesCommand } from './commands/rules';
import { serveCommand } from './commands/serve';
import { templatesCommand } from './commands/templates';
import { validateCommand } from './commands/validate';
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
  export FILE [--svg F] [--png F] [--scale N] [--transparent] [--bom F] [--cables F] [--excel]
                                              the diagram as SVG or PNG (scale 1-4); bill of
                                              materials and cable schedule as CSV
                                              (--excel: UTF-8 BOM and ";")
  generate FILE -o DIR [--switch-platform eos|nvue] [--force]
                                              configuration files: per node interfaces,
                                              corosync.conf, Ceph, switch configs (EOS or
                                              NVUE), port plans and a runbook; refused (1)
                                              while the design has errors or lacks a fact
  serve [FILE|FOLDER] [--port N] [--no-open]  the app in your browser over loopback (127.0.0.1),
                                              confined to FILE's folder, FOLDER, or this one

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
  const start = lines.findIndex((l) => l.startsWith(`  ${command} `) || l === `  ${command}`);
  if (start < 0) return null;
  let end = start + 1;
  while (end < lines.length && /^ {40,}\S/.test(lines[end]!)) end++;
  const [synopsis, ...said] = lines[start]!.trim().split(/ {2,}/);
  const description = [...said, ...lines.slice(start + 1, end).map((l) => l.trim())].join(' ');
  return `Usage: clusterwire ${synopsis}\n\n  ${description}\n`;
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
            transparent: { type: 'boolean' },
            excel: { type: 'boolean' },
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
            transparent: values.transparent === true,
            excel: values.excel === true,
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
