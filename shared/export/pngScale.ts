/**
 * The zoom a PNG export renders the SVG at: one range for the CLI's --scale (and its help), the
 * bridge contract, the renderer service and the app's export dialog. Below 1 shrinks a design too
 * large for the pixel cap into a readable overview (the scale offered when a PNG would be too big
 * can be as small as that); 1-4 is for print.
 */
export const PNG_SCALE = { min: 0.1, max: 4, printFrom: 1 } as const;

/** The range as help and errors write it: "0.1-4 (1-4 for print)". */
export const PNG_SCALE_TEXT = `${PNG_SCALE.min}-${PNG_SCALE.max} (${PNG_SCALE.printFrom}-${PNG_SCALE.max} for print)`;

/** The scales the app's export dialog offers, all inside the range (the CLI takes any in it). */
export const PNG_SCALE_CHOICES: readonly number[] = [0.5, 1, 2, 3, 4];

/** The scale is one PNG_SCALE allows. */
export function isPngScale(scale: number): boolean {
  return Number.isFinite(scale) && scale >= PNG_SCALE.min && scale <= PNG_SCALE.max;
}
