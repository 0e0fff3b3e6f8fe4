import type { Catalog } from '../../shared/catalog';
import type { Paper } from '../../shared/export';
import { PORT_LABEL_MIN_SCALE, designSvg, paperPixels } from '../../shared/export';
import type { Design } from '../../shared/model';
import type { PngStage } from './png';
import { renderPng } from './png';

/** Everything a PNG export needs: plain data, so it can be posted to a worker thread. */
export interface PngJob {
  design: Design;
  catalog: Catalog;
  /** Zoom of the drawing (ignored with `paper`, which sets the size). */
  scale: number;
  transparent: boolean;
  paper?: Paper | undefined;
}

/**
 * A design as PNG, in whatever thread calls it: the app's worker and the CLI both come through
 * here, so both give the same bytes. Throws PngTooLargeError.
 */
export function renderPngJob(job: PngJob, onStage?: (stage: PngStage) => void): Buffer {
  const { design, catalog, transparent, paper } = job;
  const background = transparent ? 'transparent' : 'white';
  onStage?.('drawing');
  if (!paper) {
    // Below the scale where port labels stay legible, the PNG is drawn as an overview.
    const overview = job.scale < PORT_LABEL_MIN_SCALE;
    const svg = designSvg(design, { catalog, background, overview });
    return renderPng(svg, { scale: job.scale, ...(onStage ? { onStage } : {}) });
  }
  const pixels = paperPixels(paper);
  let svg = designSvg(design, { catalog, background, paper });
  // The drawing is zoomed to fit the paper; shrunk past legible port labels, draw the overview.
  const [vw = 1, vh = 1] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)?.slice(1).map(Number) ?? [];
  if (Math.min(pixels.width / vw, pixels.height / vh) < PORT_LABEL_MIN_SCALE)
    svg = designSvg(design, { catalog, background, paper, overview: true });
  return renderPng(svg, {
    width: pixels.width,
    ...(transparent ? {} : { background: '#ffffff' }),
    ...(onStage ? { onStage } : {}),
  });
}
