import type { CableMedia, DeviceRole, FormFactor, PortType } from '../model';
import { FORM_FACTOR_OF } from '../model';

/**
 * One visual language for the canvas, its legend and the SVG export: cable colours follow
 * real jacket colours (OM3 aqua, OM4 violet, OS2 yellow, twinax black), ports are coloured by
 * their cage so a glance shows what fits where.
 *
 * Every colour has a light and a dark form, each at least 3:1 against the canvas and the device
 * card of its theme (WCAG 2.x non-text contrast; tests/unit/contrast.test.ts computes it): a
 * black twinax line on a dark canvas would be invisible. The light forms are also the export's.
 */
export type Theme = 'light' | 'dark';
export type Themed = Record<Theme, string>;

/** The canvas behind the devices, and a device card (renderer/src/styles.css uses the same). */
export const CANVAS_BACKGROUND: Themed = { light: '#f6f7f9', dark: '#14171d' };
export const CARD_BACKGROUND: Themed = { light: '#ffffff', dark: '#1e232b' };

export const MEDIA_STYLE: Record<
  CableMedia,
  { color: string; dark: string; dash?: string; label: string }
> = {
  cat6: { color: '#2f6fd6', dark: '#5b8ff0', dash: '6 3', label: 'Cat6' },
  cat6a: { color: '#2f6fd6', dark: '#5b8ff0', label: 'Cat6a' },
  'dac-passive': { color: '#30343b', dark: '#a9b1bd', label: 'DAC (passive)' },
  'dac-active': { color: '#30343b', dark: '#a9b1bd', dash: '10 3 2 3', label: 'DAC (active)' },
  aoc: { color: '#c2570f', dark: '#f08a45', label: 'AOC' },
  'mmf-om3': { color: '#0b7f8c', dark: '#22c3d4', label: 'OM3 fiber' },
  'mmf-om4': { color: '#a24dd8', dark: '#b77cf0', label: 'OM4 fiber' },
  'smf-os2': { color: '#8a6d00', dark: '#e0b400', label: 'OS2 fiber' },
};

export const FORM_FACTOR_STYLE: Record<FormFactor, { color: string; dark: string; label: string }> =
  {
    RJ45: { color: '#767e8a', dark: '#8f98a5', label: 'RJ45 1G/10G' },
    SFP: { color: '#3f8a50', dark: '#5fb870', label: 'SFP 1G' },
    'SFP+': { color: '#2f79bb', dark: '#4f98da', label: 'SFP+ 10G' },
    SFP28: { color: '#1f8578', dark: '#2fb3a3', label: 'SFP28 25G' },
    'QSFP+': { color: '#a86515', dark: '#d9913b', label: 'QSFP+ 40G' },
    QSFP28: { color: '#b0413e', dark: '#e0605c', label: 'QSFP28 100G' },
  };

export function mediaColor(media: CableMedia, theme: Theme = 'light'): string {
  const style = MEDIA_STYLE[media];
  return theme === 'dark' ? style.dark : style.color;
}

export function portColor(type: PortType, theme: Theme = 'light'): string {
  const style = FORM_FACTOR_STYLE[FORM_FACTOR_OF[type]];
  return theme === 'dark' ? style.dark : style.color;
}

export const ROLE_LABEL = {
  firewall: 'Firewall',
  'core-switch': 'Core switch',
  'mgmt-switch': 'Management switch',
  server: 'PVE node',
  other: 'Other',
} as const;

/** Accent of each role: node header stripe, pair outlines and minimap (light theme, export). */
export const ROLE_COLOR = {
  firewall: '#c2410c',
  'core-switch': '#1d4ed8',
  'mgmt-switch': '#4b5563',
  server: '#15803d',
  other: '#7c3aed',
} as const;
const ROLE_COLOR_DARK: Record<DeviceRole, string> = {
  firewall: '#f0703a',
  'core-switch': '#5b8ff0',
  'mgmt-switch': '#9aa3b0',
  server: '#3fb46a',
  other: '#a57cf5',
};

export function roleColor(role: DeviceRole, theme: Theme = 'light'): string {
  return theme === 'dark' ? ROLE_COLOR_DARK[role] : ROLE_COLOR[role];
}

/** LAG frames: a neutral slate, apart from cable and role colours. */
export const LAG_COLOR: Themed = { light: '#475569', dark: '#a3afc0' };

/** Every colour drawn on the canvas or in the export, by name: what the contrast test checks. */
export function drawnColors(theme: Theme): Record<string, string> {
  const out: Record<string, string> = { lag: LAG_COLOR[theme] };
  for (const m of Object.keys(MEDIA_STYLE) as CableMedia[])
    out[`media-${m}`] = mediaColor(m, theme);
  for (const [f, s] of Object.entries(FORM_FACTOR_STYLE))
    out[`port-${f}`] = theme === 'dark' ? s.dark : s.color;
  for (const r of Object.keys(ROLE_COLOR) as DeviceRole[]) out[`role-${r}`] = roleColor(r, theme);
  return out;
}

/** A CSS name for a drawn colour: `--cw-media-dac-passive`, `--cw-port-SFPplus`. */
export const colorVar = (name: string): string =>
  `--cw-${name.replace(/\+/g, 'plus').replace(/[^A-Za-z0-9-]/g, '')}`;

/**
 * The palette as CSS custom properties for both themes, so the canvas switches theme by CSS
 * alone (no node or edge re-renders); the renderer adds it to the page at start.
 */
export function paletteCss(): string {
  const block = (selector: string, theme: Theme) =>
    `${selector} {\n${Object.entries(drawnColors(theme))
      .map(([name, color]) => `  ${colorVar(name)}: ${color};`)
      .join('\n')}\n}`;
  return `${block(':root', 'light')}\n${block(":root[data-theme='dark']", 'dark')}\n`;
}

/** `var(--cw-…)` of a drawn colour, for the renderer's styles (see paletteCss). */
export const mediaColorVar = (media: CableMedia): string => `var(${colorVar(`media-${media}`)})`;
export const portColorVar = (type: PortType): string =>
  `var(${colorVar(`port-${FORM_FACTOR_OF[type]}`)})`;
export const roleColorVar = (role: DeviceRole): string => `var(${colorVar(`role-${role}`)})`;
export const LAG_COLOR_VAR = `var(${colorVar('lag')})`;
