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
  /** Only for rules that emit a second severity in stated cases (docs/rules.md). */
  severity?: Severity;
  /** A more specific fix than the rule's general hint. */
  hint?: string;
}

export interface Rule {
  /** Stable public id, exactly as in the rule catalogue (docs/rules.md); never renamed. */
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
   * Set by rules that also read the design's meta (name, notes) and suppressions, which are no
   * network facts: the editor's validator re-runs them when those change (see incremental.ts).
   */
  readsMetaAndSuppressions?: boolean;
  /**
   * Reports what the rule finds. Readable first: it reads like the rule's line in the catalogue
   * to a network engineer, in plain loops over the design and the topology's named lists
   * (`topo.cabledPorts(device)`, `topo.linksOf(device)`, `topo.membersOf(lag)`,
   * `topo.hostBonds()`, `topo.landings()`), a port being a `PortIndex` to ask the topology about.
   *
   * Index loops are fine, and usual, where a rule walks a design-sized list (devices, cables,
   * LAGs, attachments, landings): a check runs once per validation, so V8 leaves it in baseline
   * code, where `for...of` allocates per element and an index loop does not (one pass over the
   * benchmark design's 8,000 cables: 1 MB instead of 84 KB).
   *
   * Where the allocation benchmark (tests/bench/allocations.ts --rules) shows a rule is hot,
   * the first remedy is still plain: a yes/no question before a list is built
   * (`vlan.invalid-id` asks whether a configuration names a bad id before listing them).
   * Anything cleverer (shared empty lists, caches, positional visitors) belongs behind the
   * topology's surface.
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
