import type { Catalog, MediaSpec } from '../catalog';
import type { CableMedia, Design, Device, Port, PortRef } from '../model';
import { FORM_FACTOR_OF, SFP_FAMILY } from '../model/vocabulary';

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

function isBaseT(port: Port): boolean {
  const ff = FORM_FACTOR_OF[port.type];
  return ff === 'RJ45' || port.config?.module === 'base-t';
}

/** Whether a media plugs into this port at all (cage and module), not considering speed. */
export function mediaFitsPort(spec: MediaSpec, port: Port): boolean {
  if (port.type === 'console') return false;
  if (spec.kind === 'twisted-pair') return isBaseT(port);
  const ff = FORM_FACTOR_OF[port.type];
  return SFP_FAMILY.has(ff) && !isBaseT(port) && spec.formFactors.includes(ff);
}

/** Highest speed the two ports and the media share, or null. */
export function commonSpeed(spec: MediaSpec, a: Port, b: Port): number | null {
  let best: number | null = null;
  for (const s of a.speeds)
    if (b.speeds.includes(s) && spec.speeds.includes(s) && s > (best ?? 0)) best = s;
  return best;
}

/** Every catalogue media that plugs into both ports and comes up at a speed both support. */
export function mediaOptions(catalog: Catalog, a: Port, b: Port): MediaSpec[] {
  return catalog.media.filter(
    (spec) => mediaFitsPort(spec, a) && mediaFitsPort(spec, b) && commonSpeed(spec, a, b) !== null,
  );
}

function reachAt(spec: MediaSpec, speed: number): number {
  return spec.reach.find((r) => r.speeds.includes(speed))?.maxM ?? 0;
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
  const reaches = (spec: MediaSpec) => lengthM <= reachAt(spec, commonSpeed(spec, a, b) ?? 0);
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
  if (a.port.type === 'console' || b.port.type === 'console') {
    return 'console ports are serial lines, not part of the network design';
  }
  const ffA = isBaseT(a.port) ? 'RJ45' : FORM_FACTOR_OF[a.port.type];
  const ffB = isBaseT(b.port) ? 'RJ45' : FORM_FACTOR_OF[b.port.type];
  if ((ffA === 'RJ45') !== (ffB === 'RJ45')) {
    return `form factor mismatch: ${describe(a.device, a.port)} is ${FORM_FACTOR_OF[a.port.type]}, ${describe(b.device, b.port)} is ${FORM_FACTOR_OF[b.port.type]} (an SFP cage needs a BASE-T module for RJ45)`;
  }
  if (!a.port.speeds.some((s) => b.port.speeds.includes(s))) {
    return `speed mismatch: ${a.port.speeds.join('/')}G and ${b.port.speeds.join('/')}G have no speed in common`;
  }
  if (mediaOptions(catalog, a.port, b.port).length === 0) {
    return `no cable in the catalogue fits ${FORM_FACTOR_OF[a.port.type]} to ${FORM_FACTOR_OF[b.port.type]} at a common speed`;
  }
  return null;
}
