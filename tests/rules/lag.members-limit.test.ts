import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

// The peer-link LAG has 2 members on each core switch.
describe('lag.members-limit', () => {
  it('fires when a LAG has more members on a switch than it allows', () => {
    const d = template();
    device(d, 'core-1').limits.maxLagMembers = 1;
    const [f] = expectFires(d, 'lag.members-limit', 'error');
    expectTargets(f, [{ kind: 'lag', id: 'lag-core-peer' }, deviceTarget('core-1')]);
  });

  it('is quiet at exactly the maximum', () => {
    const d = template();
    device(d, 'core-1').limits.maxLagMembers = 2;
    expectQuiet(d, 'lag.members-limit');
  });
});
