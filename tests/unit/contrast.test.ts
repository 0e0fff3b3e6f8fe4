import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CANVAS_BACKGROUND,
  CARD_BACKGROUND,
  colorVar,
  drawnColors,
  paletteCss,
} from '../../shared/export/visual';
import type { Theme } from '../../shared/export/visual';

/** WCAG 2.x relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2.x contrast ratio, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const THEMES: Theme[] = ['light', 'dark'];
const css = readFileSync('renderer/src/styles.css', 'utf8');
/** A custom property's value in the stylesheet's light (`:root {`) or dark block. */
function cssValue(theme: Theme, name: string): string | undefined {
  const start = css.indexOf(theme === 'light' ? ':root {' : ":root[data-theme='dark'] {");
  const block = css.slice(start, css.indexOf('}', start));
  return new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block)?.[1]?.toLowerCase();
}

describe('colour contrast (WCAG non-text contrast, at least 3:1)', () => {
  it('computes contrast ratios as WCAG defines them', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#123456', '#123456')).toBe(1);
  });

  it('tests against the backgrounds the canvas really has', () => {
    for (const theme of THEMES) {
      expect(cssValue(theme, '--cw-bg'), theme).toBe(CANVAS_BACKGROUND[theme]);
      expect(cssValue(theme, '--cw-panel'), theme).toBe(CARD_BACKGROUND[theme]);
    }
    // The React Flow pane shows the page background (its dark theme would paint #141414).
    expect(css).toMatch(/\.react-flow \{\s*--xy-background-color: var\(--cw-bg\);/);
  });

  for (const theme of THEMES) {
    it(`every cable, port and role colour in the ${theme} theme`, () => {
      const colors = drawnColors(theme);
      expect(Object.keys(colors).length).toBe(20);
      const failing: string[] = [];
      for (const [name, color] of Object.entries(colors)) {
        for (const [what, bg] of [
          ['canvas', CANVAS_BACKGROUND[theme]],
          ['card', CARD_BACKGROUND[theme]],
        ] as const) {
          const ratio = contrast(color, bg);
          if (ratio < 3) failing.push(`${name} ${color} on ${what} ${bg}: ${ratio.toFixed(2)}:1`);
        }
      }
      expect(failing).toEqual([]);
    });
  }

  it('the renderer gets every colour of both themes as a distinct custom property', () => {
    const text = paletteCss();
    for (const theme of THEMES) {
      const names = Object.keys(drawnColors(theme)).map(colorVar);
      expect(new Set(names).size).toBe(names.length);
      for (const [name, color] of Object.entries(drawnColors(theme)))
        expect(text).toContain(`${colorVar(name)}: ${color};`);
    }
    expect(text).toContain(":root[data-theme='dark']");
  });
});
