import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** Inter from npm, as TTF (resvg cannot read woff/woff2): the same glyphs on every machine. */
const FONT_FILES = [
  '400Regular/Inter_400Regular.ttf',
  '600SemiBold/Inter_600SemiBold.ttf',
  '700Bold/Inter_700Bold.ttf',
].map((f) => require.resolve(`@expo-google-fonts/inter/${f}`));

/** Past this, a PNG is too big for most viewers and for memory: refuse, naming the scale that fits. */
export const MAX_PNG_PIXELS = 64_000_000;
export const MAX_PNG_SCALE = 4;
/** Below 1 shrinks a design too large for the pixel cap into a readable overview. */
export const MIN_PNG_SCALE = 0.1;

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

function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  if (!match) throw new Error('the SVG has no width and height');
  return { width: Number(match[1]), height: Number(match[2]) };
}

export interface Raster {
  width: number;
  height: number;
  /** RGBA, row by row. */
  pixels: Buffer;
  png: Buffer;
}

/**
 * Rasterizes an exported SVG. `scale` 1-4 for print. System fonts are never loaded, so the bytes
 * depend only on the SVG, resvg's version and these fonts, not on the machine.
 */
export function rasterize(svg: string, options: { scale?: number } = {}): Raster {
  const scale = options.scale ?? 1;
  if (!Number.isFinite(scale) || scale < MIN_PNG_SCALE || scale > MAX_PNG_SCALE)
    throw new RangeError(`scale must be between ${MIN_PNG_SCALE} and ${MAX_PNG_SCALE}`);
  const { width, height } = svgSize(svg);
  const w = Math.ceil(width * scale);
  const h = Math.ceil(height * scale);
  if (w * h > MAX_PNG_PIXELS) {
    const fits = Math.floor(Math.sqrt(MAX_PNG_PIXELS / (width * height)) * 100) / 100;
    throw new PngTooLargeError(w, h, fits >= MIN_PNG_SCALE ? Math.min(fits, MAX_PNG_SCALE) : null);
  }
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES,
      defaultFontFamily: 'Inter',
      sansSerifFamily: 'Inter',
    },
  }).render();
  return { width: image.width, height: image.height, pixels: image.pixels, png: image.asPng() };
}

export function renderPng(svg: string, options: { scale?: number } = {}): Buffer {
  return rasterize(svg, options).png;
}

/** The largest scale up to `wanted` at which this SVG stays within the pixel cap. */
export function largestFittingScale(svg: string, wanted = 1): number {
  const { width, height } = svgSize(svg);
  return Math.min(wanted, Math.floor(Math.sqrt(MAX_PNG_PIXELS / (width * height)) * 100) / 100);
}
