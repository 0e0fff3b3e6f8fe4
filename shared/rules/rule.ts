import type { Catalog } from '../catalog';
import type { Design, ResolvedThresholds } from '../model';
import type { Severity, Target } from './finding';
import type { Topology } from './topology';

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
  hint: string;
  source: string;
  check(ctx: RuleContext): RawFinding[];
}
