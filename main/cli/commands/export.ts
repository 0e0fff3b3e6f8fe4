import { resolve } from 'node:path';
import { PORT_LABEL_MIN_SCALE, bomCsv, cableScheduleCsv, designSvg } from '../../../shared/export';
import type { Catalog } from '../../../shared/catalog';
import type { Design } from '../../../shared/model';
import { WriteError, writeFileAtomic } from '../../services/atomicWrite';
import { MAX_PNG_SCALE, MIN_PNG_SCALE, PngTooLargeError, renderPng } from '../../services/png';
import { EXIT } from '../exitCodes';
import { openDesign } from '../openDesign';
import type { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { UsageError } from '../io';

export interface ExportOptions {
  bom?: string | undefined;
  cables?: string | undefined;
  svg?: string | undefined;
  png?: string | undefined;
  scale?: string | undefined;
  transparent: boolean;
  excel: boolean;
}

export async function exportCommand(
  file: string,
  options: ExportOptions,
  io: CliIo,
): Promise<ExitCode> {
  const scale = options.scale === undefined ? 1 : Number(options.scale);
  if (!Number.isFinite(scale) || scale < MIN_PNG_SCALE || scale > MAX_PNG_SCALE) {
    throw new UsageError(
      `--scale must be a number from ${MIN_PNG_SCALE} to ${MAX_PNG_SCALE} (1-4 for print)`,
    );
  }
  const outputs = [
    ...(options.svg !== undefined ? [{ path: options.svg, what: 'diagram', make: svgText }] : []),
    ...(options.png !== undefined
      ? [{ path: options.png, what: 'PNG diagram', make: pngBytes }]
      : []),
    ...(options.bom !== undefined
      ? [{ path: options.bom, what: 'bill of materials', make: bomCsv }]
      : []),
    ...(options.cables !== undefined
      ? [{ path: options.cables, what: 'cable schedule', make: cableScheduleCsv }]
      : []),
  ];
  if (outputs.length === 0)
    throw new UsageError('export needs at least one output: --svg, --png, --bom or --cables FILE');

  const opened = await openDesign(file, io);
  if (!opened) return EXIT.invalidFile;
  const { catalog } = opened;

  let failed = false;
  for (const output of outputs) {
    let text: string | Buffer;
    try {
      text = output.make(opened.design, {
        catalog,
        excel: options.excel,
        background: options.transparent ? 'transparent' : 'white',
        scale,
      });
    } catch (error) {
      if (!(error instanceof PngTooLargeError)) throw error;
      io.err(`clusterwire: ${output.path}: ${error.message}\n`);
      failed = true;
      continue;
    }
    if (io.isTTY) io.err(`writing ${output.what}...\r`);
    try {
      await writeFileAtomic(resolve(io.cwd, output.path), text, { overwrite: true });
      io.err(`wrote ${output.what} to ${output.path}\n`);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      io.err(`clusterwire: ${error.message}\n`);
      failed = true;
    }
  }
  return failed ? EXIT.outputFailed : EXIT.ok;
}

interface MakeOptions {
  catalog: Catalog;
  background: 'white' | 'transparent';
  scale: number;
}

const svgText = (design: Design, o: MakeOptions) => designSvg(design, o);
/** Below the scale where port labels stay legible, the PNG is drawn as an overview. */
const pngBytes = (design: Design, o: MakeOptions) =>
  renderPng(designSvg(design, { ...o, overview: o.scale < PORT_LABEL_MIN_SCALE }), {
    scale: o.scale,
  });
