import type { Catalog, MediaSpec } from '../catalog';
import type { CableMedia, Design, Device, Port, PortRef } from '../model';
import { FORM_FACTOR_OF } from '../model/vocabulary';
import {
  BASE_T_MODULE_CAGES,
  commonSpeed,
  isConsoleLine,
  mediaOptions,
  pairMisfit,
  reachAt,
  socketOf,
  takesTwistedPair,
} from '../topology/cablePhysics';

// The editor's cable vocabulary comes from the one cable physics the rules use too.
export { commonSpeed, mediaOptions };

/** The media a new cable gets: copper up to this length, fiber beyond (preferences). */
export interface CablePreferences {
  /** Longest run that gets a DAC (SFP family) by default, metres. */
  copperMaxM: number;
  /** Fiber for longer SFP-family runs. */
  fiber: CableMedia;
  /** Length of a new cable until the user sets it, metres. */
  defaultLengthM: number;
}
export const DEFAULT_CABLE_PREFERENCES: CablePreferences = {
  copperMaxM: 3,
  fiber: 'mmf-om4',
  defaultLengthM: 2,
};

/** How far the media reaches between these ports (a console line: twisted pair's 1G reach). */
function reachBetween(spec: MediaSpec, a: Port, b: Port): number {
  const speed = commonSpeed(spec, a, b) ?? (isConsoleLine(a, b) ? 1 : 0);
  return reachAt(spec, speed)?.maxM ?? 0;
}

/**
 * The media a new cable between these ports gets: twisted pair for RJ45/BASE-T, a DAC up to the
 * copper length (if it reaches at the link speed), fiber beyond; the first option otherwise.
 */
export function defaultMedia(
  options: MediaSpec[],
  a: Port,
  b: Port,
  lengthM: number,
  prefs: CablePreferences = DEFAULT_CABLE_PREFERENCES,
): CableMedia | null {
  const reaches = (spec: MediaSpec) => lengthM <= reachBetween(spec, a, b);
  const pick = (kinds: string[]) =>
    options.find((o) => kinds.includes(o.kind) && o.media !== 'cat6' && reaches(o)) ??
    options.find((o) => kinds.includes(o.kind) && reaches(o));
  if (options.some((o) => o.kind === 'twisted-pair')) return pick(['twisted-pair'])?.media ?? null;
  if (lengthM <= prefs.copperMaxM) {
    const dac = pick(['twinax']);
    if (dac) return dac.media;
  }
  const fiber =
    options.find((o) => o.media === prefs.fiber && reaches(o)) ?? pick(['fiber', 'aoc']);
  return fiber?.media ?? options[0]?.media ?? null;
}

function findPort(design: Design, ref: PortRef): { device: Device; port: Port } | null {
  const device = design.devices.find((d) => d.id === ref.device);
  const port = device?.ports.find((p) => p.name === ref.port);
  return device && port ? { device, port } : null;
}

function describe(device: Device, port: Port): string {
  return `${device.hostname} ${port.name}`;
}

/** Why a copper (RJ45) cable does not go into this cage, and what would make it, if anything. */
function copperInCage(cage: { device: Device; port: Port }): string {
  const formFactor = FORM_FACTOR_OF[cage.port.type];
  // "an SFP28 cage" (ess), "a QSFP28 cage".
  const article = formFactor.startsWith('S') ? 'an' : 'a';
  return BASE_T_MODULE_CAGES.has(formFactor)
    ? `${article} ${formFactor} cage needs a BASE-T module for RJ45: fit one in ${describe(cage.device, cage.port)}`
    : `${article} ${formFactor} cage cannot take a BASE-T module at all, so no RJ45 cable fits ${describe(cage.device, cage.port)}`;
}

/**
 * Why a cable between these two ports is impossible, in the user's words, or null when it can
 * be made. Shown while dragging, so it is cheap: a scan of cables and the catalogue's media.
 */
export function connectionProblem(
  design: Design,
  catalog: Catalog,
  from: PortRef,
  to: PortRef,
): string | null {
  const a = findPort(design, from);
  const b = findPort(design, to);
  if (!a || !b) return 'unknown port';
  if (a.device.id === b.device.id) {
    return a.port.name === b.port.name
      ? 'a cable needs two different ports'
      : `both ends are on ${a.device.hostname}`;
  }
  for (const end of [a, b]) {
    const used = design.cables.some(
      (c) =>
        (c.a.device === end.device.id && c.a.port === end.port.name) ||
        (c.b.device === end.device.id && c.b.port === end.port.name),
    );
    if (used) return `${describe(end.device, end.port)} is already cabled`;
  }
  const misfit = pairMisfit(catalog, a.port, b.port);
  switch (misfit?.kind) {
    case undefined:
      return null;
    case 'console': {
      const console = misfit.console === 'a' ? a : b;
      return `${describe(console.device, console.port)} is a console port: cable it to another console port or a console server`;
    }
    case 'form-factor':
      return `form factor mismatch: ${describe(a.device, a.port)} is ${socketOf(a.port)}, ${describe(b.device, b.port)} is ${socketOf(b.port)} (${copperInCage(takesTwistedPair(a.port) ? b : a)})`;
    case 'speed':
      return `speed mismatch: ${a.port.speeds.join('/')}G and ${b.port.speeds.join('/')}G have no speed in common`;
    case 'no-media':
      return `no cable in the catalogue fits ${FORM_FACTOR_OF[a.port.type]} to ${FORM_FACTOR_OF[b.port.type]} at a common speed`;
  }
}
