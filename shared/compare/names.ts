/**
 * How names seen on the wire are matched with names in a design. LLDP peers announce their
 * system name as they were configured (often a FQDN, any case) and their ports in the vendor's
 * own spelling (`Et1` on one screen, `Ethernet1` on another), so both sides are reduced to one key.
 */

/** A system name as a key: lower case, domain stripped (`pve-01.lab.example` -> `pve-01`). */
export function hostKey(name: string): string {
  const trimmed = name.trim().toLowerCase().replace(/\.$/, '');
  // An address is a name in full; only a dotted name with a letter in its first label is a FQDN.
  if (/^[0-9.]+$/.test(trimmed) || trimmed.includes(':')) return trimmed;
  const dot = trimmed.indexOf('.');
  return dot < 0 ? trimmed : trimmed.slice(0, dot);
}

/**
 * Interface families whose names vendors abbreviate. An abbreviation is any prefix of at least
 * two letters that names one family alone (`Et`, `Eth`, `Ethernet`; `Po`; `Gi`; `Te`).
 */
const FAMILIES = [
  'ethernet',
  'management',
  'port-channel',
  'fastethernet',
  'gigabitethernet',
  'tengigabitethernet',
  'twentyfivegige',
  'fortygigabitethernet',
  'hundredgige',
  'loopback',
  'vlan',
];

/** A port name as a key: lower case, abbreviations written out, `swp1s0` and `eno1` as is. */
export function portNameKey(name: string): string {
  const lower = name.trim().toLowerCase();
  const match = /^([a-z][a-z-]*?)\s*(\d.*)$/.exec(lower);
  if (!match) return lower;
  const [, prefix, rest] = match as unknown as [string, string, string];
  if (prefix.length < 2) return lower;
  let family: string | undefined;
  for (const candidate of FAMILIES) {
    if (!candidate.startsWith(prefix)) continue;
    if (family !== undefined) return lower; // ambiguous: leave it alone
    family = candidate;
  }
  return family === undefined ? lower : `${family}${rest}`;
}

/**
 * The device an LLDP file reports, from its name: `pve-01.json`, `pve-01.lldp.json` and
 * `pve-01.example.net.json` all name pve-01 (hostKey strips what follows the first dot).
 */
export function deviceFromFileName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.(json|txt)$/i, '');
}
