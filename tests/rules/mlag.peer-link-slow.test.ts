import { describe, it } from 'vitest';
import type { Design } from '../../shared/model';
import { expectFires, expectQuiet, port, removeCable, template } from '../support/rules';

/** One peer-link cable left, its ports limited to `gbps`. */
function peerAt(gbps: number): Design {
  const d = template();
  removeCable(d, 'cab-peer-2');
  port(d, 'core-1', 'swp21').speeds = [gbps];
  port(d, 'core-2', 'swp21').speeds = [gbps];
  return d;
}

describe('mlag.peer-link-slow', () => {
  it('fires below 40 Gbps (one 25G member)', () =>
    expectFires(peerAt(25), 'mlag.peer-link-slow', 'info'));
  it('is quiet at exactly 40 Gbps', () => expectQuiet(peerAt(40), 'mlag.peer-link-slow'));
  it('is quiet for the template (2 x 100G)', () => expectQuiet(template(), 'mlag.peer-link-slow'));
});
