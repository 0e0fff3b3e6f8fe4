import type { Design, DeviceRole } from '../model';

/** Hostname stems per role, as the templates use them: fw-01, core-01, mgmt-sw-01, pve-01. */
export const HOSTNAME_STEM: Record<DeviceRole, string> = {
  firewall: 'fw',
  'core-switch': 'core',
  'mgmt-switch': 'mgmt-sw',
  server: 'pve',
  other: 'dev',
};

/** The first free `<stem>-NN` (two digits, more when needed): always a valid RFC 1035 label. */
export function nextHostname(taken: ReadonlySet<string>, stem: string): string {
  for (let n = 1; ; n++) {
    const name = `${stem}-${String(n).padStart(2, '0')}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export function hostnamesOf(design: Design): Set<string> {
  return new Set(design.devices.map((d) => d.hostname.toLowerCase()));
}

/** A copied device's new name: the stem of the original (pve-02 -> pve) and the next number. */
export function renamedHostname(original: string, taken: ReadonlySet<string>): string {
  const stem = original.replace(/-?\d+$/, '') || 'dev';
  return nextHostname(taken, stem);
}

/** The first free `<prefix>-N` id. */
export function nextId(taken: ReadonlySet<string>, prefix: string): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}

export function idsOf(items: ReadonlyArray<{ id: string }>): Set<string> {
  return new Set(items.map((i) => i.id));
}
