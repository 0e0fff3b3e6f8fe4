import { describe, it } from 'vitest';
import {
  cable,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  removeCable,
  template,
} from '../support/rules';

describe('lag.single-switch', () => {
  it('fires when both legs of a bond land on one switch of an MLAG pair', () => {
    const d = template();
    const leg = cable(d, 'cab-node1-core2');
    leg.b = { device: 'core-1', port: 'swp10' };
    const [f] = expectFires(d, 'lag.single-switch', 'warning');
    expectTargets(f, [{ kind: 'lag', id: 'lag-node1-bond0' }, deviceTarget('core-1')]);
  });

  it('is quiet with one cabled leg (that is uplink.not-redundant’s concern)', () => {
    const d = template();
    removeCable(d, 'cab-node1-core2');
    expectQuiet(d, 'lag.single-switch');
  });

  it('is quiet when the single switch is in no MLAG pair', () => {
    const d = template();
    cable(d, 'cab-node1-core2').b = { device: 'core-1', port: 'swp10' };
    d.mlagPairs = [];
    expectQuiet(d, 'lag.single-switch');
  });
});
