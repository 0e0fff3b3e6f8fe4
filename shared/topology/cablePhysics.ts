import type { Catalog, MediaSpec, ReachLimit } from '../catalog';
import type { CableMedia, FormFactor, Port } from '../model';
import { FORM_FACTOR_OF, SFP_FAMILY } from '../model/vocabulary';

/**
 * What a cable meets at a port, and whether the two come up as a link: the one answer the
 * editor (offering a cable while it is drawn), the rules (judging a drawn cable), the BOM and
 * the canvas all use, so none can offer what another then flags.
 */

/** An RJ45 jack, or an SFP-family cage holding a BASE-T module: both take twisted pair. */
export function takesTwistedPair(port: Port): boolean {
  return FORM_FACTOR_OF[port.type] === 'RJ45' || port.config?.module === 'base-t';
}

/**
 * Cages a BASE-T (RJ45) transceiver fits: 1000BASE-T SFP and 10GBASE-T SFP+ modules, which an
 * SFP28 cage also takes (at 1G or 10G). No BASE-T module is made for QSFP+ or QSFP28 cages.
 */
export const BASE_T_MODULE_CAGES: ReadonlySet<FormFactor> = new Set(['SFP', 'SFP+', 'SFP28']);

/** A serial console port (or a console server's port): it carries no data link speed. */
export function isConsolePort(port: Port): boolean {
  return port.type === 'console' || port.role === 'console';
}

/** Both ends are console lines: a console cable, outside the data network's speed rules. */
export function isConsoleLine(a: Port, b: Port): boolean {
  return isConsolePort(a) && isConsolePort(b);
}

/** The form factor a port presents to a cable: a BASE-T module turns a cage into an RJ45 jack. */
export function socketOf(port: Port): FormFactor {
  return takesTwistedPair(port) ? 'RJ45' : FORM_FACTOR_OF[port.type];
}

/**
 * Why a media does not plug into a port, in a few words ("SFP28 cage without a BASE-T module"),
 * or null when it does. `spec` is the catalog's media; an unknown media is judged by its name
 * alone (twisted pair or not) and otherwise given the benefit of the doubt.
 */
export function mediaMisfit(
  media: CableMedia,
  spec: MediaSpec | undefined,
  port: Port,
): string | null {
  const formFactor = FORM_FACTOR_OF[port.type];
  const twistedPair = spec ? spec.kind === 'twisted-pair' : media === 'cat6' || media === 'cat6a';
  if (twistedPair) {
    if (takesTwistedPair(port)) return null;
    return BASE_T_MODULE_CAGES.has(formFactor)
      ? `${formFactor} cage without a BASE-T module`
      : `${formFactor} cage, which no BASE-T module fits`;
  }
  if (!SFP_FAMILY.has(formFactor)) return `${formFactor} jack`;
  if (takesTwistedPair(port)) return 'cage holding a BASE-T module';
  return spec && !spec.formFactors.includes(formFactor) ? `${formFactor} cage` : null;
}

/** The media plugs into both ports. */
export function mediaFits(media: CableMedia, spec: MediaSpec | undefined, a: Port, b: Port) {
  return mediaMisfit(media, spec, a) === null && mediaMisfit(media, spec, b) === null;
}

/** The highest speed (Gbps) both ports and the media support, or null when they share none. */
export function commonSpeed(spec: MediaSpec | undefined, a: Port, b: Port): number | null {
  const mediaSpeeds = spec?.speeds ?? [];
  let best: number | null = null;
  // Indexed: the topology asks this for every cable of the design, in code V8 may not have
  // optimized yet, where for...of allocates per element.
  for (let i = 0; i < a.speeds.length; i++) {
    const speed = a.speeds[i]!;
    if (speed > (best ?? -1) && b.speeds.includes(speed) && mediaSpeeds.includes(speed))
      best = speed;
  }
  return best;
}

/** The media's reach at a link speed (the catalog's reach table), or undefined when it has none. */
export function reachAt(spec: MediaSpec, speed: number): ReachLimit | undefined {
  // Indexed, without a closure: cable.too-long asks this for every cable of the design.
  for (let i = 0; i < spec.reach.length; i++)
    if (spec.reach[i]!.speeds.includes(speed)) return spec.reach[i];
  return undefined;
}

/**
 * Every catalog media that plugs into both ports and comes up at a speed both support; for a
 * console line (no data speed), the twisted pair that plugs into both.
 */
export function mediaOptions(catalog: Catalog, a: Port, b: Port): MediaSpec[] {
  const consoleLine = isConsoleLine(a, b);
  return catalog.media.filter(
    (spec) =>
      mediaFits(spec.media, spec, a, b) &&
      (consoleLine ? spec.kind === 'twisted-pair' : commonSpeed(spec, a, b) !== null),
  );
}

/** Why no cable can join two ports, whatever its media (see `pairMisfit`). */
export type PairMisfit =
  /** One end is a console port and the other is not. */
  | { kind: 'console'; console: 'a' | 'b' }
  /** One end takes twisted pair (RJ45, or a cage with a BASE-T module) and the other does not. */
  | { kind: 'form-factor' }
  /** The ports share no speed. */
  | { kind: 'speed' }
  /** No media of the catalog plugs into both and comes up at a shared speed. */
  | { kind: 'no-media' };

/**
 * Why no cable can join these two ports, or null when some media of the catalog links them:
 * what the editor asks before it offers a cable, in the order a reader checks a patch (console
 * to console, jack to jack, a speed both ports run, a cable that exists).
 */
export function pairMisfit(catalog: Catalog, a: Port, b: Port): PairMisfit | null {
  if (isConsolePort(a) !== isConsolePort(b))
    return { kind: 'console', console: isConsolePort(a) ? 'a' : 'b' };
  if (takesTwistedPair(a) !== takesTwistedPair(b)) return { kind: 'form-factor' };
  if (!isConsoleLine(a, b) && !a.speeds.some((s) => b.speeds.includes(s))) return { kind: 'speed' };
  if (mediaOptions(catalog, a, b).length === 0) return { kind: 'no-media' };
  return null;
}

/**
 * A BASE-T module's reach when its datasheet is not in the design: 10GBASE-T SFP+ modules run
 * about 30 m (their power budget, not the cable, sets it); 1000BASE-T modules reach 100 m.
 */
const BASE_T_MODULE_REACH_M: Readonly<Record<number, number>> = { 10: 30 };

/** How far a BASE-T module in this port reaches at this speed, or undefined (no module, no limit). */
export function moduleReachM(port: Port, speed: number): number | undefined {
  if (port.config?.module !== 'base-t') return undefined;
  return port.config.moduleReachM ?? BASE_T_MODULE_REACH_M[speed];
}
