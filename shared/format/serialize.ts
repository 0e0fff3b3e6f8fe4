import type { Design } from '../model/design';

const LINE_WIDTH = 120;

const isScalar = (v: unknown) => v === null || typeof v !== 'object';
/** A leaf holds only scalars or arrays of scalars: a port, a cable end, a position. */
const isLeaf = (v: object) =>
  Object.values(v).every((x) => isScalar(x) || (Array.isArray(x) && x.every(isScalar)));

function oneLine(value: unknown): string {
  if (isScalar(value)) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const entries = Object.entries(value as object).filter(([, v]) => v !== undefined);
  return entries.length === 0
    ? '{}'
    : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')} }`;
}

/** `lead` is what precedes the value on its line (indent, and the key for a property). */
function format(value: unknown, indent: string, lead = indent.length): string {
  if (isScalar(value)) return JSON.stringify(value);
  const flat = oneLine(value);
  if (isLeaf(value as object) && lead + flat.length <= LINE_WIDTH) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return value.length === 0
      ? '[]'
      : `[\n${value.map((v) => inner + format(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as object).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner, inner.length + JSON.stringify(k).length + 2)}`).join(',\n')}\n${indent}}`;
}

/**
 * Stable, git-friendly text: two-space indent, and small leaf objects (a port, a cable end, a
 * position) on one line each, so a diff shows "this port changed" and big designs stay compact.
 */
export function serializeDesign(design: Design): string {
  return `${format(design, '')}\n`;
}
