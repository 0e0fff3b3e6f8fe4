import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { PNG_SCALE } from '../../shared/export/pngScale';
import { unpackedPath } from './asarPath';
import { encodePng } from './pngEncode';

const require = createRequire(import.meta.url);

/**
 * Inter from npm, as TTF (resvg cannot read woff/woff2): the same glyphs on every machine. In the
 * packaged app they are unpacked beside app.asar (electron-builder.yml `asarUnpack` lists these
 * files), since resvg reads them natively, not through Electron's archive-aware fs.
 */
export const FONT_PACKAGE_FILES = [
  '400Regular/Inter_400Regular.ttf',
  '600SemiBold/Inter_600SemiBold.ttf',
  '700Bold/Inter_700Bold.ttf',
].map((f) => `@expo-google-fonts/inter/${f}`);
const FONT_FILES = FONT_PACKAGE_FILES.map((f) => unpackedPath(require.resolve(f)));

/** Past this, a PNG is too big for most viewers and for memory: refuse, naming the scale that fits. */
export const MAX_PNG_PIXELS = 64_000_000;
/** The one PNG scale range (shared/export/pngScale.ts): the CLI, the bridge and the app read it. */
export const MAX_PNG_SCALE = PNG_SCALE.max;
export const MIN_PNG_SCALE = PNG_SCALE.min;

export class PngTooLargeError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
    readonly largestScale: number | null,
  ) {
    const mp = ((width * height) / 1e6).toFixed(1);
    super(
      `the PNG would be ${width} x ${height} pixels (${mp} megapixels), over the ${MAX_PNG_PIXELS / 1e6} megapixel limit; ` +
        (largestScale === null
          ? 'export SVG instead'
          : `the largest scale that fits is ${largestScale}`),
    );
    this.name = 'PngTooLargeError';
  }
}

/** CSS pixels per unit: resvg sizes an SVG at 96 per inch, as browsers do. */
const PX_PER_UNIT: Record<string, number> = { '': 1, px: 1, mm: 96 / 25.4, in: 96 };

/** The SVG root's size in CSS pixels (the drawing's, or the paper's for a paper export). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const length = (name: string) => {
    const match = new RegExp(`\\s${name}="([\\d.]+)(px|mm|in)?"`).exec(root);
    return match ? Number(match[1]) * PX_PER_UNIT[match[2] ?? '']! : NaN;
  };
  const width = length('width');
  const height = length('height');
  if (!(width > 0 && height > 0)) throw new Error('the SVG has no width and height');
  return { width, height };
}

export interface Raster {
  width: number;
  height: number;
  /** RGBA as resvg draws it (alpha premultiplied), row by row. */
  pixels: Buffer;
  png: Buffer;
}

/** The steps of a render, for progress: resvg reports nothing finer. */
export type PngStage = 'drawing' | 'rasterizing' | 'encoding';

export interface RasterOptions {
  /** Zoom of the SVG's own size, within PNG_SCALE. */
  scale?: number;
  /** Instead of `scale`: this many pixels wide (a paper size at its DPI); height follows. */
  width?: number;
  /** Painted under the whole image (a paper's margins included); transparent without. */
  background?: string;
  onStage?: (stage: PngStage) => void;
}

/**
 * Rasterizes an exported SVG. System fonts are never loaded, so the bytes depend only on the
 * SVG, resvg's version and these fonts, not on the machine.
 */
export function rasterize(svg: string, options: RasterOptions = {}): Raster {
  const { width, height } = svgSize(svg);
  const scale = options.width === undefined ? (options.scale ?? 1) : options.width / width;
  if (options.width === undefined && !(scale >= MIN_PNG_SCALE && scale <= MAX_PNG_SCALE))
    throw new RangeError(`scale must be between ${MIN_PNG_SCALE} and ${MAX_PNG_SCALE}`);
  const w = Math.ceil(width * scale);
  const h = Math.ceil(height * scale);
  if (w * h > MAX_PNG_PIXELS) {
    const fits = Math.floor(Math.sqrt(MAX_PNG_PIXELS / (width * height)) * 100) / 100;
    throw new PngTooLargeError(w, h, fits >= MIN_PNG_SCALE ? Math.min(fits, MAX_PNG_SCALE) : null);
  }
  options.onStage?.('rasterizing');
  const image = new Resvg(svg, {
    fitTo:
      options.width === undefined
        ? { mode: 'zoom', value: scale }
        : { mode: 'width', value: options.width },
    ...(options.background ? { background: options.background } : {}),
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES,
      defaultFontFamily: 'Inter',
      sansSerifFamily: 'Inter',
    },
  }).render();
  options.onStage?.('encoding');
  const pixels = image.pixels;
  return {
    width: image.width,
    height: image.height,
    pixels,
    png: encodePng(image.width, image.height, pixels),
  };
}

export function renderPng(svg: string, options: RasterOptions = {}): Buffer {
  return rasterize(svg, options).png;
}

/** The largest scale up to `wanted` at which this SVG stays within the pixel cap. */
export function largestFittingScale(svg: string, wanted = 1): number {
  const { width, height } = svgSize(svg);
  return Math.min(wanted, Math.floor(Math.sqrt(MAX_PNG_PIXELS / (width * height)) * 100) / 100);
}
