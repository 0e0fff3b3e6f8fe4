import type { CableMedia, FormFactor, PortType } from '../model';
import { FORM_FACTOR_OF } from '../model';

/**
 * One visual language for the canvas, its legend and the SVG export: cable colours follow
 * real jacket colours (OM3 aqua, OM4 violet, OS2 yellow, twinax black), ports are coloured by
 * their cage so a glance shows what fits where.
 */
export const MEDIA_STYLE: Record<CableMedia, { color: string; dash?: string; label: string }> = {
  cat6: { color: '#2f6fd6', dash: '6 3', label: 'Cat6' },
  cat6a: { color: '#2f6fd6', label: 'Cat6a' },
  'dac-passive': { color: '#30343b', label: 'DAC (passive)' },
  'dac-active': { color: '#30343b', dash: '10 3 2 3', label: 'DAC (active)' },
  aoc: { color: '#e8772e', label: 'AOC' },
  'mmf-om3': { color: '#14b3c4', label: 'OM3 fiber' },
  'mmf-om4': { color: '#a24dd8', label: 'OM4 fiber' },
  'smf-os2': { color: '#d6a800', label: 'OS2 fiber' },
};

export const FORM_FACTOR_STYLE: Record<FormFactor, { color: string; label: string }> = {
  RJ45: { color: '#8a919c', label: 'RJ45 1G/10G' },
  SFP: { color: '#5aa469', label: 'SFP 1G' },
  'SFP+': { color: '#3a86c8', label: 'SFP+ 10G' },
  SFP28: { color: '#2a9d8f', label: 'SFP28 25G' },
  'QSFP+': { color: '#c77d2a', label: 'QSFP+ 40G' },
  QSFP28: { color: '#b0413e', label: 'QSFP28 100G' },
};

export function portColor(type: PortType): string {
  return FORM_FACTOR_STYLE[FORM_FACTOR_OF[type]].color;
}

export const ROLE_LABEL = {
  firewall: 'Firewall',
  'core-switch': 'Core switch',
  'mgmt-switch': 'Management switch',
  server: 'PVE node',
  other: 'Other',
} as const;

/** Accent of each role: node header stripe and minimap. */
export const ROLE_COLOR = {
  firewall: '#c2410c',
  'core-switch': '#1d4ed8',
  'mgmt-switch': '#4b5563',
  server: '#15803d',
  other: '#7c3aed',
} as const;
