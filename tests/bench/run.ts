// `npm run bench` prints figures; `npm run bench:check` also enforces the budgets below and
// exits 1 when one is missed. Budgets live here, never in unit tests: machines are shared.
import { loadDesign, serializeDesign } from '../../shared/format';
import type { Design } from '../../shared/model';
import { validate } from '../../shared/rules';
import { findTemplate } from '../../shared/templates';
import { generateDesign } from './generate';
import { measure, ms } from './measure';

interface Budget {
  name: string;
  ok: boolean;
  detail: string;
}

const check = process.argv.includes('--check');
const budgets: Budget[] = [];
const budget = (name: string, ok: boolean, detail: string) => budgets.push({ name, ok, detail });

const sizes: Array<[string, () => Design]> = [
  ['1 cluster, 3 nodes', () => findTemplate('pve-hci-3node')!.build()],
  ['200 devices', () => generateDesign({ devices: 200 })],
  ['1,000 devices', () => generateDesign({ devices: 1000 })],
  ['2,000 devices', () => generateDesign({ devices: 2000 })],
];

console.log('ClusterWire benchmarks: medians of repeated runs on this machine\n');
console.log(
  'design               devices  cables  findings  JSON.parse      load  validate  validate/parse',
);
const validateMedians = new Map<string, number>();
for (const [label, make] of sizes) {
  const design = make();
  const text = serializeDesign(design);
  const parse = measure(() => JSON.parse(text), { runs: 31 });
  const load = measure(() => loadDesign(text));
  const findings = validate(design).length;
  const run = measure(() => validate(design), { runs: 31 });
  validateMedians.set(label, run.median);
  const ratio = run.median / parse.median;
  console.log(
    `${label.padEnd(19)} ${String(design.devices.length).padStart(8)} ${String(design.cables.length).padStart(7)} ${String(findings).padStart(9)} ${ms(parse.median).padStart(11)} ${ms(load.median).padStart(9)} ${ms(run.median).padStart(9)} ${`${ratio.toFixed(2)}x`.padStart(15)}`,
  );
  if (label === '2,000 devices') {
    budget('validate 2,000 devices: median < 50 ms', run.median < 50, ms(run.median));
    budget(
      'validate 2,000 devices: <= 2x JSON.parse of its own file',
      ratio <= 2,
      `${ratio.toFixed(2)}x (${ms(run.median)} vs ${ms(parse.median)})`,
    );
    const loadRatio = load.median / parse.median;
    budget(
      'load 2,000 devices: <= 6x JSON.parse',
      loadRatio <= 6,
      `${loadRatio.toFixed(1)}x, ${ms(load.median)}`,
    );
  }
}
const growth = validateMedians.get('2,000 devices')! / validateMedians.get('200 devices')!;
console.log(
  `\nGrowth 200 -> 2,000 devices (10x the design): validation time x${growth.toFixed(1)}`,
);
budget('validation growth 200 -> 2,000 devices <= 12x', growth <= 12, `x${growth.toFixed(1)}`);

if (check) {
  console.log('\nBudgets:');
  for (const b of budgets) console.log(`  ${b.ok ? 'ok  ' : 'MISS'} ${b.name} (${b.detail})`);
  if (budgets.some((b) => !b.ok)) {
    console.log('\nbench:check failed: a budget was missed.');
    process.exitCode = 1;
  }
}
