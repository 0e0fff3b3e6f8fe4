import type { Catalog } from '../catalog';
import type { Design, ResolvedThresholds } from '../model';
import { resolveThresholds } from '../model/thresholds';
import type { Severity, Target } from './finding';
import type { Topology } from '../topology';

export interface RuleContext {
  design: Design;
  topo: Topology;
  thresholds: ResolvedThresholds;
  catalog: Catalog;
}

/** What a check reports; the engine adds rule id, source, fingerprint and suppression. */
export interface RawFinding {
  message: string;
  targets: Target[];
  /** Only for rules that emit a second severity in stated cases (domain brief, section 6). */
  severity?: Severity;
  /** A more specific fix than the rule's general hint. */
  hint?: string;
}

export interface Rule {
  /** Stable public id, exactly as in the domain brief's catalogue. */
  id: string;
  severity: Severity;
  title: string;
  /** Why the rule exists, in plain words. */
  why: string;
  /** How to fix it, at the default thresholds (docs, `clusterwire rules`). */
  hint: string;
  /** The hint at a design's own thresholds, for rules whose fix names a threshold. */
  hintFor?: (thresholds: ResolvedThresholds) => string;
  source: string;
  /**
   * Runs once per validation, often before V8 has optimized it, over lists of thousands of
   * ports, cables and attachments. What keeps a check cheap (docs/decisions.md, "Validation
   * performance"): loop over design-sized lists by index (an unoptimized for...of allocates per
   * element); no arrow functions inside such loops (each is a new function object, and one that
   * captures a loop variable costs a context per iteration); build messages, targets and lists
   * only once the rule fires; walk the topology in place (a port is a `PortIndex`, read with
   * `topo.portOf`, `topo.peerOf` and the like) instead of copying what it holds.
   */
  check(ctx: RuleContext): RawFinding[];
}

/**
 * A hint that names thresholds: the text at the defaults (`hint`) and at a design's own
 * (`hintFor`), from one sentence. Spread it into a rule: `...hintWith((t) => ...)`.
 */
export function hintWith(
  sentence: (thresholds: ResolvedThresholds) => string,
): Pick<Rule, 'hint' | 'hintFor'> {
  return { hint: sentence(resolveThresholds()), hintFor: sentence };
}
