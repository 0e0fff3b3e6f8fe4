import { cableName } from '../model';
import type { Design, DeviceRole, PortRef } from '../model';

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

/** A, B, …, Z, AA, AB, …: the letter of a device's n-th cable (0-based). */
function letters(n: number): string {
  let out = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26))
    out = String.fromCharCode(65 + ((i - 1) % 26)) + out;
  return out;
}

/** pve-03 -> "3"; a hostname without a number keeps its whole name. */
function shortNumber(hostname: string): string {
  const digits = /(\d+)$/.exec(hostname)?.[1];
  return digits === undefined ? hostname : String(Number(digits));
}

const isSwitchRole = (role: DeviceRole) => role === 'core-switch' || role === 'mgmt-switch';

/** Labels already on cables, upper-cased (labels are printed and compared without case). */
export function cableLabelsOf(design: Design, except?: string): Set<string> {
  const out = new Set<string>();
  for (const c of design.cables) {
    const label = c.label?.trim();
    if (label && c.id !== except) out.add(label.toUpperCase());
  }
  return out;
}

/**
 * The label a new cable between these ports gets, in the templates' scheme: `N3-A`, `N3-B` for
 * node pve-03's cables in the order they are drawn, `FW1-A` for a firewall's, `PEER-1` between
 * the switches of a pair, `FW-HA1` between firewalls, `M-PVE-03-IDRAC` for a port on the
 * management switch, `MGMT-UPLINK`, `MGMT-UPLINK-2` from it to the core switches; `C-1` for
 * anything else. Never one already in the design.
 */
export function autoCableLabel(design: Design, a: PortRef, b: PortRef): string {
  const taken = cableLabelsOf(design);
  const free = (make: (n: number) => string) => {
    for (let n = 0; ; n++) if (!taken.has(make(n).toUpperCase())) return make(n).toUpperCase();
  };
  const devA = design.devices.find((d) => d.id === a.device);
  const devB = design.devices.find((d) => d.id === b.device);
  if (!devA || !devB) return free((n) => `C-${n + 1}`);
  const ends = [
    { device: devA, ref: a },
    { device: devB, ref: b },
  ];
  const role = (r: DeviceRole) => ends.find((e) => e.device.role === r);
  if (devA.role === 'firewall' && devB.role === 'firewall') return free((n) => `FW-HA${n + 1}`);
  if (isSwitchRole(devA.role) && isSwitchRole(devB.role)) {
    const mgmt = role('mgmt-switch');
    const other = ends.find((e) => e !== mgmt);
    if (mgmt && other && other.device.role === 'core-switch') {
      const port = other.device.ports.find((p) => p.name === other.ref.port);
      if (port?.role === 'service')
        return free((n) => (n === 0 ? 'MGMT-UPLINK' : `MGMT-UPLINK-${n + 1}`));
    } else if (!mgmt || other?.device.role === 'mgmt-switch') {
      return free((n) => `PEER-${n + 1}`);
    }
  }
  const mgmt = role('mgmt-switch');
  if (mgmt) {
    const other = ends.find((e) => e !== mgmt)!;
    return free((n) => `M-${other.device.hostname}-${other.ref.port}${n === 0 ? '' : `-${n + 1}`}`);
  }
  const host = role('server') ?? role('firewall');
  if (host) {
    const stem = host.device.role === 'server' ? 'N' : 'FW';
    return free((n) => `${stem}${shortNumber(host.device.hostname)}-${letters(n)}`);
  }
  return free((n) => `C-${n + 1}`);
}

/** Why `label` cannot be this cable's label (another cable has it), or null. */
export function cableLabelProblem(
  design: Design,
  cableId: string,
  label: string | undefined,
): string | null {
  const wanted = label?.trim().toUpperCase();
  if (!wanted) return null;
  const other = design.cables.find(
    (c) => c.id !== cableId && c.label?.trim().toUpperCase() === wanted,
  );
  if (!other) return null;
  const host = (id: string) => design.devices.find((d) => d.id === id)?.hostname;
  return `“${label!.trim()}” is already the label of ${cableName({ ...other, label: undefined }, host)}`;
}
