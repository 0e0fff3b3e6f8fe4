import type { Paper } from '../../shared/export';
import { bomCsv, cableScheduleCsv, designSvg } from '../../shared/export';
import { containerlabTopology, drawioXml } from '../../shared/interop';
import type { ClabKind } from '../../shared/interop';
import type { Catalog } from '../../shared/catalog';
import type { ExportRequest } from '../../shared/ipc/contract';
import type { Design } from '../../shared/model';
import { open, stat } from 'node:fs/promises';
import { linkTarget } from './atomicWrite';
import type { PngStage } from './png';
import { renderPngJob } from './pngJob';
import { renderPngInWorker } from './pngWorkerClient';

export type ExportKind = ExportRequest['kind'];
/** The exports that are one file; the NetBox export is a folder (main/services/interopFiles.ts). */
export type FileExportKind = Exclude<ExportKind, 'netbox'>;

export interface ExportSettings {
  catalog: Catalog;
  scale: number;
  transparent: boolean;
  excel: boolean;
  /** containerlab: an image per kind; a kind without one gets none (never an invented name). */
  clabImages?: Partial<Record<ClabKind, string>> | undefined;
  /** SVG and PNG fitted to landscape paper; PNG then at PAPER_DPI instead of `scale`. */
  paper?: Paper | undefined;
}

export const EXPORT_TITLES: Record<ExportKind, string> = {
  svg: 'diagram',
  png: 'PNG diagram',
  bom: 'bill of materials',
  cables: 'cable schedule',
  drawio: 'draw.io diagram',
  clab: 'containerlab topology',
  netbox: 'NetBox import',
};

/** One export's bytes; the CLI and the app both come through here. Throws PngTooLargeError. */
export function renderExport(
  design: Design,
  kind: FileExportKind,
  settings: ExportSettings,
): string | Buffer {
  const { catalog, excel, paper } = settings;
  const background = settings.transparent ? 'transparent' : 'white';
  switch (kind) {
    case 'svg':
      return designSvg(design, { catalog, background, ...(paper ? { paper } : {}) });
    case 'png':
      return renderPngJob({ design, ...settings });
    case 'bom':
      return bomCsv(design, { catalog, excel });
    case 'cables':
      return cableScheduleCsv(design, { excel });
    case 'drawio':
      return drawioXml(design);
    case 'clab':
      return containerlabTopology(design, { images: settings.clabImages ?? {} }).yaml;
  }
}

/**
 * `renderExport` for the app: a PNG is rendered in a worker thread (progress by stage,
 * cancellable with `signal`), so the app and other serve requests stay responsive.
 */
export async function renderExportInBackground(
  design: Design,
  kind: FileExportKind,
  settings: ExportSettings,
  options: { onStage?: (stage: PngStage) => void; signal?: AbortSignal } = {},
): Promise<string | Buffer> {
  if (kind === 'png') return renderPngInWorker({ design, ...settings }, options);
  return renderExport(design, kind, settings);
}

const DESIGN_NAME = /\.clusterwire(\.bak)?$/i;
/** How a design file starts: an object whose first keys include schemaVersion (ours, or by hand). */
const DESIGN_START = /^\uFEFF?\s*\{[^]*?"schemaVersion"\s*:/;
const SNIFF_BYTES = 4096;

/**
 * Why an export may not write `target`, or null: exports never replace the design they come
 * from, nor any other design file, nor anything that is not a regular file. `input` is the
 * design's own path when it has one.
 */
export async function exportTargetProblem(
  target: string,
  input: string | null,
  /** How the message names the target (the path as the user typed it). */
  shownAs = target,
): Promise<string | null> {
  const real = await linkTarget(target).catch(() => target);
  if (input !== null && real === (await linkTarget(input).catch(() => input)))
    return `${shownAs} is the design being exported; choose another file name`;
  if (DESIGN_NAME.test(target) || DESIGN_NAME.test(real))
    return `${shownAs} is a design file name (.clusterwire); exports never write over designs`;
  const info = await stat(real).catch(() => null);
  if (!info) return null;
  if (!info.isFile()) return `${shownAs} is not a regular file`;
  if (DESIGN_START.test(await firstBytes(real)))
    return `${shownAs} holds a ClusterWire design; exports never write over designs`;
  return null;
}

async function firstBytes(path: string): Promise<string> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return '';
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}
