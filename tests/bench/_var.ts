import { performance } from 'node:perf_hooks';
import { validate } from '../../shared/rules';
import { generateDesign } from './generate';
const design = generateDesign({ devices: 2000 });
for (let i = 0; i < 5; i++) validate(design);
const xs: number[] = [];
for (let i = 0; i < 40; i++) {
  const t = performance.now();
  validate(design);
  xs.push(performance.now() - t);
}
console.log(xs.map((x) => x.toFixed(0)).join(' '));
xs.sort((a, b) => a - b);
console.log('min', xs[0]!.toFixed(1), 'median', xs[20]!.toFixed(1), 'p90', xs[36]!.toFixed(1));
