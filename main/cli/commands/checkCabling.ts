import { resolve } from 'node:path';
import type { LldpReport } from '../../../shared/compare';
import {
  MISMATCHES,
  cablingCsv,
  cablingText,
  checkCabling,
  countResults,
  deviceFromFileName,
  parseLldp,
  sortCablingResults,
} from '../../../shared/compare';
import { EXIT } from '../exitCodes';
import type { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { UsageError } from '../io';
import { openDesign } from '../openDesign';
import { printable } from '../report';
import { readLldpText } from '../../services/lldpFiles';

const FORMATS = ['text', 'json', 'csv'] as const;

export interface CheckCablingOptions {
  design: string;
  files: string[];
  device?: string;
  format: string;
}

export async function checkCablingCommand(
  options: CheckCablingOptions,
  io: CliIo,
): Promise<ExitCode> {
  const { files, format } = options;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(', ')})`);
  }
  if (files.length === 0) throw new UsageError('check-cabling needs a design and LLDP files');
  if (options.device !== undefined && files.length > 1) {
    throw new UsageError('--device names the device of a single LLDP file');
  }
  const opened = await openDesign(options.design, io);
  if (!opened) return EXIT.invalidFile;

  const reports: Array<LldpReport & { format: string }> = [];
  let unreadable = false;
  for (const file of files) {
    const read = await readLldpText(resolve(io.cwd, file));
    if (!read.ok) {
      io.err(`clusterwire: ${printable(read.message)}\n`);
      unreadable = true;
      continue;
    }
    const parsed = parseLldp(read.text);
    if (!parsed.ok) {
      io.err(`clusterwire: ${printable(file)}: ${printable(parsed.message)}\n`);
      unreadable = true;
      continue;
    }
    reports.push({
      device: options.device ?? deviceFromFileName(file),
      source: file,
      neighbors: parsed.neighbors,
      format: parsed.format,
    });
  }
  if (unreadable) return EXIT.invalidFile;

  const checked = checkCabling(opened.design, reports);
  if (!checked.ok) {
    for (const problem of checked.problems) io.err(`clusterwire: ${printable(problem)}\n`);
    return EXIT.invalidFile;
  }
  const { results } = checked;
  if (format === 'json') {
    const report = {
      design: options.design,
      reports: reports.map((r) => ({
        file: r.source,
        device: r.device,
        format: r.format,
        neighbors: r.neighbors.length,
      })),
      summary: countResults(results),
      results: sortCablingResults(results),
    };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
  } else if (format === 'csv') io.out(cablingCsv(results));
  else io.out(cablingText(results).split('\n').map(printable).join('\n'));
  return results.some((r) => MISMATCHES.has(r.status)) ? EXIT.designErrors : EXIT.ok;
}
