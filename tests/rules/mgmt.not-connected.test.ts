import { describe, it } from 'vitest';
import {
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  removeCable,
  template,
} from '../support/rules';

describe('mgmt.not-connected', () => {
  it('fires for a node whose management port is not cabled to a management switch', () => {
    const d = template();
    removeCable(d, 'cab-mgmt-node-1-eno1');
    const [f] = expectFires(d, 'mgmt.not-connected', 'warning');
    expectTargets(f, [deviceTarget('node-1')]);
  });

  it('is quiet when every device has its management port cabled (the switch itself exempt)', () =>
    expectQuiet(template(), 'mgmt.not-connected'));
});
