import type { Cable } from './links';

/**
 * "pve-2" before "pve-10": names compare the way people read them (digit runs by value),
 * case-insensitively, with a plain comparison as the tie-break so the order is total.
 */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function compareNatural(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Sorts a copy of `items` by the name `nameOf` gives each, naturally. */
export function sortByName<T>(items: Iterable<T>, nameOf: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareNatural(nameOf(x), nameOf(y)));
}

/**
 * What a cable is called wherever people read about it (findings, inspector, schedule): its
 * label, or "hostA:port ↔ hostB:port" when it has none. Internal ids appear nowhere on screen.
 */
export function cableName(
  cable: Cable,
  hostnameOf: (deviceId: string) => string | undefined,
): string {
  const label = cable.label?.trim();
  if (label) return label;
  const end = (ref: Cable['a']) => `${hostnameOf(ref.device) ?? ref.device}:${ref.port}`;
  return `${end(cable.a)} ↔ ${end(cable.b)}`;
}
