// `npm run bench` prints figures; `npm run bench:check` also enforces the budgets below and
// exits 1 when one is missed. Budgets live here, never in unit tests: machines are shared.
import { loadDesign, serializeDesign } from '../../shared/format';
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

const sizes: Array<[string, () => ReturnType<typeof generateDesign>]> = [
  ['template 3-node', () => findTemplate('pve-hci-3node')!.build()],
  ['200 devices', () => generateDesign({ devices: 200 })],
  ['1,000 devices', () => generateDesign({ devices: 1000 })],
  ['2,000 devices', () => generateDesign({ devices: 2000 })],
];

console.log('ClusterWire benchmarks (median of repeated runs, this machine)\n');
console.log(
  'design            devices  cables   file KiB  JSON.parse   load (parse+schema+refs)  ratio',
);
for (const [label, make] of sizes) {
  const design = make();
  const text = serializeDesign(design);
  const parse = measure(() => JSON.parse(text));
  const load = measure(() => loadDesign(text));
  const ratio = load.median / parse.median;
  console.log(
    `${label.padEnd(17)} ${String(design.devices.length).padStart(7)} ${String(design.cables.length).padStart(7)} ${String(Math.round(text.length / 1024)).padStart(10)}  ${ms(parse.median).padStart(10)}  ${ms(load.median).padStart(24)}  ${ratio.toFixed(1).padStart(5)}x`,
  );
  if (label === '2,000 devices') {
    // Opening the largest realistic design must feel instant: a ratio to JSON.parse of the same
    // text, measured in the same process, is robust to a busy machine.
    budgets.push({
      name: 'load 2,000-device design <= 6x JSON.parse',
      ok: ratio <= 6,
      detail: `${ratio.toFixed(1)}x, ${ms(load.median)}`,
    });
  }
}

if (check) {
  console.log('\nBudgets:');
  for (const b of budgets) console.log(`  ${b.ok ? 'ok  ' : 'MISS'} ${b.name} (${b.detail})`);
  if (budgets.some((b) => !b.ok)) process.exitCode = 1;
}
