import type { Design } from '../model';
import type { Finding } from './finding';
import type { ValidateOptions } from './engine';
import { applySuppressions, sortFindings, validate } from './engine';

/** The parts of a design rules read. Layout and meta are never among them. */
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
  readonly lastRun: 'full' | 'suppressions-only' | 'reused';
}

/**
 * A validator for the editor, where designs are updated immutably: when an edit leaves every
 * network fact untouched (moving nodes, renaming the design), the previous findings are reused;
 * when only suppressions changed, only suppressions are re-applied. Anything else is a full run,
 * which the benchmark shows is far inside the editor's budget even at 2,000 devices.
 */
export function createValidator(options: ValidateOptions = {}): Validator {
  let previous: Design | undefined;
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
      if (sameFacts && previous!.suppressions === design.suppressions) {
        lastRun = 'reused';
      } else if (sameFacts) {
        lastRun = 'suppressions-only';
        result = sortFindings(applySuppressions(unsuppressed, design.suppressions));
      } else {
        lastRun = 'full';
        unsuppressed = validate({ ...design, suppressions: [] }, options);
        result = sortFindings(applySuppressions(unsuppressed, design.suppressions));
      }
      previous = design;
      return result;
    },
  };
}
