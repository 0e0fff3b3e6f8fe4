import type { Design } from '../model/design';

/** Stable text: two-space indent and a final newline, so designs diff well in git. */
export function serializeDesign(design: Design): string {
  return `${JSON.stringify(design, null, 2)}\n`;
}
