// Bytes allocated per validation, and per part of it, on the benchmark designs:
// `npx tsx tests/bench/allocations.ts [--rules] [--profile]`. Allocation, unlike time, does not depend on
// the machine's load, and it is what decides the growth budget (docs/decisions.md). It restarts
// itself with a young generation large enough that no GC falls within a measured call, so the
// heap's growth over a call is what the call allocated.
import { spawnSync } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import type { HeapProfiler } from 'node:inspector';
import { PerformanceObserver } from 'node:perf_hooks';
import { loadDesign, serializeDesign } from '../../shared/format';
import { RULES, buildContext, runRule, validate } from '../../shared/rules';
import { generateDesign } from './generate';

const FLAGS = ['--expose-gc', '--max-semi-space-size=512', '--min-semi-space-size=512'];
if (typeof globalThis.gc !== 'function') {
  const args = [...FLAGS, ...process.execArgv, ...process.argv.slice(1)];
  const child = spawnSync(process.execPath, args, { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const collect = globalThis.gc as () => void;
let collections = 0;
new PerformanceObserver((list) => (collections += list.getEntries().length)).observe({
  entryTypes: ['gc'],
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Median bytes `fn` allocates, over runs in which no GC fell. */
async function allocated(fn: () => unknown, runs = 7): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs * 3 && samples.length < runs; i++) {
    collect();
    await settle();
    const seen = collections;
    const before = process.memoryUsage().heapUsed;
    fn();
    const after = process.memoryUsage().heapUsed;
    await settle();
    if (collections === seen) samples.push(after - before);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? NaN;
}

type ProfileNode = HeapProfiler.SamplingHeapProfileNode;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const loaded = (devices: number) => {
  const result = loadDesign(serializeDesign(generateDesign({ devices })));
  if (!result.ok) throw new Error('generated design does not load');
  return result.design;
};
const designs = [200, 1000, 2000].map((n) => ({ n, design: loaded(n) }));
// Warm as the timing benchmark does: rule code stays unoptimized for many validations, and
// unoptimized code is what allocates per element.
for (let i = 0; i < 5; i++) for (const { design } of designs) validate(design);

console.log('devices  validation  topology build');
for (const { n, design } of designs) {
  const whole = await allocated(() => validate(design));
  const build = await allocated(() => buildContext(design));
  console.log(`${String(n).padStart(7)} ${mb(whole).padStart(11)} ${mb(build).padStart(15)}`);
}

if (process.argv.includes('--rules')) {
  const design = designs[designs.length - 1]!.design;
  // Each rule in validation order on one context, so lists made on first use are charged to the
  // rule that first asks for them, as within a validation.
  const passes: Array<Map<string, number>> = [];
  for (let pass = 0; pass < 5; pass++) {
    const ctx = buildContext(design);
    const bytes = new Map<string, number>();
    for (const rule of RULES) {
      const seen = collections;
      const before = process.memoryUsage().heapUsed;
      runRule(rule, ctx);
      const after = process.memoryUsage().heapUsed;
      await settle();
      bytes.set(rule.id, collections === seen ? after - before : NaN);
    }
    passes.push(bytes);
    collect();
    await settle();
  }
  const rows = RULES.map((rule) => {
    const samples = passes.map((p) => p.get(rule.id)!).filter((b) => !Number.isNaN(b));
    samples.sort((a, b) => a - b);
    return { id: rule.id, bytes: samples[Math.floor(samples.length / 2)] ?? NaN };
  }).sort((a, b) => b.bytes - a.bytes);
  const total = rows.reduce((s, r) => s + r.bytes, 0);
  console.log(`\n2,000 devices, per rule in validation order (all rules: ${mb(total)}):`);
  for (const r of rows.slice(0, 30)) console.log(`${mb(r.bytes).padStart(10)}  ${r.id}`);
}

if (process.argv.includes('--profile')) {
  // Where a 2,000-device validation allocates: V8's sampling heap profiler, by the innermost
  // three frames. Column numbers point into tsx's compiled output, so read them as a hint.
  const design = designs[designs.length - 1]!.design;
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  // Objects collected before the profile ends count too (flags newer than @types/node's types).
  const keepCollected = {
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  };
  await session.post('HeapProfiler.startSampling', { samplingInterval: 256, ...keepCollected });
  const runs = 4;
  for (let i = 0; i < runs; i++) validate(design);
  const { profile } = await session.post('HeapProfiler.stopSampling');
  const bytes = new Map<string, number>();
  const walk = (node: ProfileNode, stack: string[]) => {
    const { functionName, url, columnNumber } = node.callFrame;
    const frame = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${columnNumber}`;
    const path = [...stack.slice(-2), frame];
    if (node.selfSize)
      bytes.set(path.join(' < '), (bytes.get(path.join(' < ')) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, path);
  };
  walk(profile.head, []);
  const rows = [...bytes].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, b]) => sum + b, 0);
  console.log(`\n2,000 devices, sampled: ${mb(total / runs)} per validation; the largest shares:`);
  for (const [path, b] of rows.slice(0, 30)) console.log(`${mb(b / runs).padStart(10)}  ${path}`);
}
