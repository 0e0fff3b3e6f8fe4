import type { Design } from '../model';
import type { Finding } from './finding';
import type { ValidateOptions } from './engine';
import { applySuppressions, buildContext, runRule, sortFindings } from './engine';
import { RULES } from './registry';
import type { RuleContext } from './rule';

/**
 * The parts of a design rules read. Layout is never among them; meta and suppressions only
 * for the few rules marked `readsMetaAndSuppressions` (control characters in their text).
 */
const NETWORK_FACTS = [
  'devices',
  'cables',
  'lags',
  'mlagPairs',
  'haPairs',
  'networks',
  'clusters',
  'thresholds',
] as const;

export interface Validator {
  validate(design: Design): Finding[];
  /** How the last call was answered, for tests and the editor's diagnostics. */
  readonly lastRun: 'full' | 'text-only' | 'reused';
}

/**
 * A validator for the editor, where designs are updated immutably: when an edit leaves every
 * network fact untouched (moving nodes), the previous findings are reused; when only meta or
 * suppressions changed (renaming the design, suppressing a finding), only the rules that read
 * them run again, on the same topology, and suppressions are re-applied. Anything else is a
 * full run, which the benchmark shows is far inside the editor's budget even at 2,000 devices.
 */
export function createValidator(options: ValidateOptions = {}): Validator {
  const rules = options.rules ?? RULES;
  const textRules = rules.filter((r) => r.readsMetaAndSuppressions);
  let previous: Design | undefined;
  let context: RuleContext | undefined;
  let unsuppressed: Finding[] = [];
  let result: Finding[] = [];
  let lastRun: Validator['lastRun'] = 'full';
  return {
    get lastRun() {
      return lastRun;
    },
    validate(design) {
      const sameFacts =
        previous !== undefined && NETWORK_FACTS.every((k) => previous![k] === design[k]);
      const sameText =
        previous !== undefined &&
        previous.meta === design.meta &&
        previous.suppressions === design.suppressions;
      if (sameFacts && sameText) {
        lastRun = 'reused';
      } else if (sameFacts && context) {
        lastRun = 'text-only';
        // Same facts, so the same topology: only the text rules see something new.
        context = { ...context, design };
        const kept = unsuppressed.filter((f) => !textRules.some((r) => r.id === f.ruleId));
        for (const rule of textRules) for (const f of runRule(rule, context)) kept.push(f);
        unsuppressed = kept;
        result = sortFindings(applySuppressions(unsuppressed, design.suppressions));
      } else {
        lastRun = 'full';
        context = buildContext(design, options.catalog);
        unsuppressed = [];
        for (const rule of rules) for (const f of runRule(rule, context)) unsuppressed.push(f);
        result = sortFindings(applySuppressions(unsuppressed, design.suppressions));
      }
      previous = design;
      return result;
    },
  };
}
