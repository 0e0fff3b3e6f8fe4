import { describe, expect, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

describe('mlag.unsupported', () => {
  it('fires for a paired switch without MLAG', () => {
    const d = template();
    device(d, 'core-2').limits.mlag = false;
    const [f] = expectFires(d, 'mlag.unsupported', 'error');
    expectTargets(f, [deviceTarget('core-2'), { kind: 'mlagPair', id: 'mlag-core' }]);
  });

  it('is quiet when both switches have MLAG', () => expectQuiet(template(), 'mlag.unsupported'));

  it('gives advice (info), not an error, when the model does not say whether it has MLAG', () => {
    const d = template();
    delete device(d, 'core-2').limits.mlag;
    const [f] = expectFires(d, 'mlag.unsupported', 'info');
    expect(f?.message).toMatch(/does not say whether it supports MLAG/);
  });
});
