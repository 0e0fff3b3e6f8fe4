import { PORT_LABEL_MIN_SCALE, bomCsv, cableScheduleCsv, designSvg } from '../../shared/export';
import type { Catalog } from '../../shared/catalog';
import type { ExportRequest } from '../../shared/ipc/contract';
import type { Design } from '../../shared/model';
import { renderPng } from './png';

export type ExportKind = ExportRequest['kind'];

export interface ExportSettings {
  catalog: Catalog;
  scale: number;
  transparent: boolean;
  excel: boolean;
}

export const EXPORT_TITLES: Record<ExportKind, string> = {
  svg: 'diagram',
  png: 'PNG diagram',
  bom: 'bill of materials',
  cables: 'cable schedule',
};

/** One export's bytes; the CLI and the app both come through here. Throws PngTooLargeError. */
export function renderExport(
  design: Design,
  kind: ExportKind,
  settings: ExportSettings,
): string | Buffer {
  const { catalog, scale, excel } = settings;
  const background = settings.transparent ? 'transparent' : 'white';
  switch (kind) {
    case 'svg':
      return designSvg(design, { catalog, background });
    case 'png':
      // Below the scale where port labels stay legible, the PNG is drawn as an overview.
      return renderPng(
        designSvg(design, { catalog, background, overview: scale < PORT_LABEL_MIN_SCALE }),
        { scale },
      );
    case 'bom':
      return bomCsv(design, { catalog, excel });
    case 'cables':
      return cableScheduleCsv(design, { excel });
  }
}
