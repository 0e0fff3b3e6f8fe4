import { describe, it } from 'vitest';
import type { Design } from '../../shared/model';
import {
  cableTarget,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

/** core-1 of the 5-node template has 15 cables at 10G+; make `n` of them DAC. */
function withDacs(n: number): Design {
  const d = template('pve-hci-5node-storage');
  const fast = d.cables.filter(
    (c) => (c.a.device === 'core-1' || c.b.device === 'core-1') && c.id !== 'cab-mgmt-core-1-eth0',
  );
  fast.slice(0, n).forEach((c) => (c.media = 'dac-passive'));
  return d;
}

describe('cable.copper-overuse', () => {
  it('fires when 9 of 15 fast cables on a switch are copper (> 8 and > 50%)', () => {
    const found = expectFires(withDacs(9), 'cable.copper-overuse', 'warning');
    expectTargets(found[0], [deviceTarget('core-1'), cableTarget('cab-peer-1')]);
  });

  it('is quiet at 8 copper cables (the count threshold)', () =>
    expectQuiet(withDacs(8), 'cable.copper-overuse'));
});
