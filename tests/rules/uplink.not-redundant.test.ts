import { describe, it } from 'vitest';
import {
  cableTarget,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  removeCable,
  template,
} from '../support/rules';

describe('uplink.not-redundant', () => {
  it('fires for a server with exactly one service link to the core', () => {
    const d = template();
    removeCable(d, 'cab-node1-core2');
    const [f] = expectFires(d, 'uplink.not-redundant', 'error');
    expectTargets(f, [deviceTarget('node-1'), cableTarget('cab-node1-core1')]);
  });

  it('is quiet with two service links', () => expectQuiet(template(), 'uplink.not-redundant'));
});
