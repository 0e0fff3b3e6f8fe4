import { z } from 'zod';

/** Paper a diagram can be fitted to, always landscape (a network diagram is wider than tall). */
export const Paper = z.enum(['a4', 'a3', 'letter']);
export type Paper = z.infer<typeof Paper>;

export interface PaperSize {
  /** Landscape width and height in the paper's own unit. */
  width: number;
  height: number;
  unit: 'mm' | 'in';
  label: string;
}

/** ISO 216 (A4 297 x 210 mm, A3 420 x 297 mm) and US Letter (11 x 8.5 in), landscape. */
export const PAPER_SIZES: Record<Paper, PaperSize> = {
  a4: { width: 297, height: 210, unit: 'mm', label: 'A4 landscape' },
  a3: { width: 420, height: 297, unit: 'mm', label: 'A3 landscape' },
  letter: { width: 11, height: 8.5, unit: 'in', label: 'Letter landscape' },
};

/** Print resolution of a PNG fitted to paper: sharp on paper, A3 stays about 17 megapixels. */
export const PAPER_DPI = 300;

/** The paper's size in pixels at `dpi`. */
export function paperPixels(paper: Paper, dpi = PAPER_DPI): { width: number; height: number } {
  const size = PAPER_SIZES[paper];
  const inches = size.unit === 'mm' ? 1 / 25.4 : 1;
  return {
    width: Math.round(size.width * inches * dpi),
    height: Math.round(size.height * inches * dpi),
  };
}
