import { describe, it } from 'vitest';
import { deviceTarget, expectFires, expectQuiet, expectTargets, template } from '../support/rules';

describe('mlag.no-pair', () => {
  it('fires for two core switches without an MLAG pair', () => {
    const d = template();
    d.mlagPairs = [];
    const [f] = expectFires(d, 'mlag.no-pair', 'warning');
    expectTargets(f, [deviceTarget('core-1'), deviceTarget('core-2')]);
  });

  it('is quiet with one pair among the core switches', () =>
    expectQuiet(template(), 'mlag.no-pair'));

  it('is quiet for a single core switch', () => {
    const d = template();
    d.mlagPairs = [];
    d.devices.find((x) => x.id === 'core-2')!.role = 'other';
    expectQuiet(d, 'mlag.no-pair');
  });
});
