// Per-rule timing on the 2,000-device design: `npx tsx tests/bench/profile-rules.ts`.
import { RULES, buildContext, runRule, validate } from '../../shared/rules';
import { generateDesign } from './generate';
import { measure, ms } from './measure';

const design = generateDesign({ devices: 2000 });
const counts = new Map<string, number>();
for (const f of validate(design)) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
console.log('findings by rule:', Object.fromEntries(counts));
console.log(`topology build: ${ms(measure(() => buildContext(design)).median)}`);
const ctx = buildContext(design);
const rows = RULES.map((rule) => ({
  id: rule.id,
  t: measure(() => runRule(rule, ctx), { runs: 11 }).median,
})).sort((a, b) => b.t - a.t);
for (const r of rows.slice(0, 15)) console.log(`${ms(r.t).padStart(10)}  ${r.id}`);
console.log(`sum of rules: ${ms(rows.reduce((s, r) => s + r.t, 0))}`);
