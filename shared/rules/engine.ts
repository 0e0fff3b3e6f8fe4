import { BUILTIN_CATALOG } from '../catalog';
import type { Catalog } from '../catalog';
import type { Design, Suppression } from '../model';
import { compareNatural } from '../model/names';
import { resolveThresholds } from '../model/thresholds';
import type { Finding } from './finding';
import { SEVERITY_ORDER, fingerprintOf } from './finding';
import { RULES } from './registry';
import type { Rule, RuleContext } from './rule';
import { buildTopology } from '../topology';

export interface ValidateOptions {
  catalog?: Catalog;
  /** Run only these rules (the editor's incremental mode, tests). Defaults to all. */
  rules?: readonly Rule[];
}

export function buildContext(design: Design, catalog: Catalog = BUILTIN_CATALOG): RuleContext {
  return {
    design,
    topo: buildTopology(design, catalog),
    thresholds: resolveThresholds(design.thresholds),
    catalog,
  };
}

const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];

/** Runs one rule; a crash becomes an error finding of that rule instead of stopping validation. */
export function runRule(rule: Rule, ctx: RuleContext): Finding[] {
  let raw;
  try {
    raw = rule.check(ctx);
  } catch (error) {
    raw = [
      {
        message: `internal error in rule ${rule.id}: ${error instanceof Error ? error.message : String(error)}`,
        targets: [],
        severity: 'error' as const,
      },
    ];
  }
  if (raw.length === 0) return NO_FINDINGS; // most rules find nothing: no hint text, no list
  const hint = rule.hintFor?.(ctx.thresholds) ?? rule.hint;
  return raw.map((f) => ({
    ruleId: rule.id,
    severity: f.severity ?? rule.severity,
    message: f.message,
    targets: f.targets,
    hint: f.hint ?? hint,
    source: rule.source,
    fingerprint: fingerprintOf(rule.id, f.targets),
    suppressed: false,
  }));
}

/** Marks findings silenced by the design's suppressions; they stay in the list, shown as such. */
export function applySuppressions(findings: Finding[], suppressions: Suppression[]): Finding[] {
  if (suppressions.length === 0) return findings;
  return findings.map((f) => {
    const s = suppressions.find(
      (x) =>
        x.rule === f.ruleId && (x.fingerprint === undefined || x.fingerprint === f.fingerprint),
    );
    return s ? { ...f, suppressed: true, suppressionReason: s.reason } : f;
  });
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      // Within a rule, by what the message names (hostnames first), read naturally: pve-2, pve-10.
      compareNatural(a.message, b.message) ||
      a.fingerprint.localeCompare(b.fingerprint),
  );
}

/** Validates a schema-valid design against the rule catalogue. Never throws. */
export function validate(design: Design, options: ValidateOptions = {}): Finding[] {
  return validateContext(buildContext(design, options.catalog), options.rules);
}

/**
 * Validates with a context already built, so a caller that goes on to read the same topology
 * (configuration generation) builds it once.
 */
export function validateContext(ctx: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) for (const f of runRule(rule, ctx)) findings.push(f);
  return sortFindings(applySuppressions(findings, ctx.design.suppressions));
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
}

/** Counts of unsuppressed findings by severity, plus how many are suppressed. */
export function summarize(findings: Finding[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) s.suppressed++;
    else if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}
