import { describe, it } from 'vitest';
import {
  cable,
  cableTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  port,
  portTarget,
  template,
} from '../support/rules';

describe('cable.media-mismatch', () => {
  it('fires for twisted pair in SFP28 cages without a BASE-T module (both ends)', () => {
    const d = template();
    cable(d, 'cab-node1-core1').media = 'cat6a';
    const found = expectFires(d, 'cable.media-mismatch', 'error', 2);
    expectTargets(found[0], [cableTarget('cab-node1-core1')]);
    expectTargets(
      found.find((f) => f.message.includes('core-01')),
      [portTarget('core-1', 'swp1')],
    );
  });

  it('fires for DAC in an RJ45 jack', () => {
    const d = template();
    cable(d, 'cab-fw-ha1').media = 'dac-passive';
    expectFires(d, 'cable.media-mismatch', 'error', 2);
  });

  it('is quiet for twisted pair when both SFP cages hold a BASE-T module', () => {
    const d = template();
    cable(d, 'cab-node1-core1').media = 'cat6a';
    port(d, 'node-1', 'ens1f0').config = { module: 'base-t' };
    port(d, 'core-1', 'swp1').config = { module: 'base-t' };
    expectQuiet(d, 'cable.media-mismatch');
  });
});
