import { resolve } from 'node:path';
import { Paper } from '../../../shared/export/paper';
import { PNG_SCALE, isPngScale } from '../../../shared/export/pngScale';
import { WriteError, writeFileAtomic } from '../../services/atomicWrite';
import { EXPORT_TITLES, exportTargetProblem, renderExport } from '../../services/exports';
import { netboxFolderProblem, writeNetboxFolder } from '../../services/interopFiles';
import { CLAB_KINDS, containerlabTopology, netboxExport } from '../../../shared/interop';
import type { ClabKind } from '../../../shared/interop';
import { PngTooLargeError } from '../../services/png';
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
  paper?: string | undefined;
  transparent: boolean;
  excel: boolean;
  drawio?: string | undefined;
  clab?: string | undefined;
  /** `KIND=IMAGE`, once per kind. */
  clabImages?: string[] | undefined;
  netbox?: string | undefined;
  site?: string | undefined;
}

export async function exportCommand(
  file: string,
  options: ExportOptions,
  io: CliIo,
): Promise<ExitCode> {
  const scale = options.scale === undefined ? 1 : Number(options.scale);
  if (!isPngScale(scale))
    throw new UsageError(
      `--scale must be a number from ${PNG_SCALE.min} to ${PNG_SCALE.max} (${PNG_SCALE.printFrom}-${PNG_SCALE.max} for print)`,
    );
  const paper = parsePaper(options);
  const outputs = (['svg', 'png', 'bom', 'cables', 'drawio', 'clab'] as const).flatMap((kind) => {
    const path = options[kind];
    return path === undefined ? [] : [{ kind, path, what: EXPORT_TITLES[kind] }];
  });
  if (outputs.length === 0 && options.netbox === undefined)
    throw new UsageError(
      'export needs at least one output: --svg, --png, --bom, --cables, --drawio, --clab FILE or --netbox DIR',
    );
  if (options.site !== undefined && options.netbox === undefined)
    throw new UsageError('--site names the NetBox site: it needs --netbox DIR');
  if (options.clabImages?.length && options.clab === undefined)
    throw new UsageError('--clab-image needs --clab FILE');
  const clabImages = parseClabImages(options.clabImages ?? []);
  const input = resolve(io.cwd, file);
  if (paper && options.svg === undefined && options.png === undefined)
    throw new UsageError('--paper fits the diagram to paper: use it with --svg or --png');
  await refuseUnsafeOutputs(
    outputs.map((o) => o.path),
    io.cwd,
    input,
  );
  if (options.netbox !== undefined) {
    const dir = resolve(io.cwd, options.netbox);
    if (outputs.some((o) => resolve(io.cwd, o.path) === dir))
      throw new UsageError(`${options.netbox} is named as two outputs; nothing was written`);
    const problem = await netboxFolderProblem(dir, input, options.netbox);
    if (problem) throw new UsageError(`${problem}; nothing was written`);
  }

  const opened = await openDesign(file, io);
  if (!opened) return EXIT.invalidFile;
  const { catalog } = opened;

  let failed = false;
  for (const [index, output] of outputs.entries()) {
    let text: string | Buffer;
    const started = performance.now();
    // Progress on a terminal: a PNG of a large design takes seconds.
    if (io.isTTY) io.err(`[${index + 1}/${outputs.length}] rendering ${output.what}...\r`);
    try {
      text = renderExport(opened.design, output.kind, {
        catalog,
        excel: options.excel,
        transparent: options.transparent,
        scale,
        clabImages,
        paper,
      });
    } catch (error) {
      if (!(error instanceof PngTooLargeError)) throw error;
      io.err(`clusterwire: ${output.path}: ${error.message}\n`);
      failed = true;
      continue;
    }
    try {
      await writeFileAtomic(resolve(io.cwd, output.path), text, { overwrite: true });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      io.err(`${io.isTTY ? '\x1b[2K' : ''}wrote ${output.what} to ${output.path} (${seconds} s)\n`);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      io.err(`clusterwire: ${error.message}\n`);
      failed = true;
      continue;
    }
    if (output.kind === 'clab') reportLab(opened.design, clabImages, io);
  }
  if (options.netbox !== undefined) {
    const exported = netboxExport(opened.design, { site: options.site, catalog });
    try {
      await writeNetboxFolder(resolve(io.cwd, options.netbox), exported.files, input);
      io.err(
        `wrote NetBox import (${exported.files.length} files) to ${options.netbox}; ` +
          `import them in the order its README.md gives\n`,
      );
      for (const note of exported.notes) io.err(`  left out: ${note}\n`);
    } catch (error) {
      io.err(`clusterwire: ${(error as Error).message}\n`);
      failed = true;
    }
  }
  return failed ? EXIT.outputFailed : EXIT.ok;
}

/** `--clab-image KIND=IMAGE` options to an image per kind; a usage error names a bad one. */
function parseClabImages(values: string[]): Partial<Record<ClabKind, string>> {
  const images: Partial<Record<ClabKind, string>> = {};
  for (const value of values) {
    const cut = value.indexOf('=');
    const kind = value.slice(0, cut);
    const image = value.slice(cut + 1).trim();
    if (cut < 0 || !image)
      throw new UsageError(`--clab-image ${value}: expected KIND=IMAGE, e.g. linux=debian:12`);
    if (kind === 'cumulus_cvx' || kind === 'cvx')
      throw new UsageError(
        `--clab-image ${value}: containerlab's current kind for Cumulus VX is nvidia_cumulusvx`,
      );
    if (!(CLAB_KINDS as readonly string[]).includes(kind))
      throw new UsageError(
        `--clab-image ${value}: "${kind}" is not a kind of ClusterWire's labs (${CLAB_KINDS.join(', ')})`,
      );
    images[kind as ClabKind] = image;
  }
  return images;
}

/** What the lab leaves to the user: images to set, switches stood in for, cables it does not carry. */
function reportLab(
  design: Parameters<typeof containerlabTopology>[0],
  images: Partial<Record<ClabKind, string>>,
  io: CliIo,
): void {
  const lab = containerlabTopology(design, { images });
  if (lab.missingImages.length > 0)
    io.err(
      `  containerlab: no image for ${lab.missingImages.join(', ')}; set topology.kinds.<kind>.image ` +
        `or export again with --clab-image KIND=IMAGE\n`,
    );
  for (const line of lab.standIns)
    io.err(`  containerlab: a switch whose platform has no image; linux stand-in: ${line}\n`);
  for (const line of lab.leftOut) io.err(`  left out of the lab: ${line}\n`);
}

/** `--paper a4|a3|letter`; it sets the PNG's size, so it cannot be combined with `--scale`. */
function parsePaper(options: ExportOptions): Paper | undefined {
  if (options.paper === undefined) return undefined;
  const paper = Paper.safeParse(options.paper.toLowerCase());
  if (!paper.success)
    throw new UsageError(`--paper must be one of ${Paper.options.join(', ')} (landscape)`);
  if (options.scale !== undefined)
    throw new UsageError('--paper sets the size of the diagram; leave out --scale');
  return paper.data;
}

/** Before anything is rendered: no output may be the design itself, another design, or twice named. */
async function refuseUnsafeOutputs(paths: string[], cwd: string, input: string): Promise<void> {
  const seen = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (seen.has(absolute))
      throw new UsageError(`${path} is named as two outputs; nothing was written`);
    seen.add(absolute);
    const problem = await exportTargetProblem(absolute, input, path);
    if (problem) throw new UsageError(`${problem}; nothing was written`);
  }
}
