import { describe, it } from 'vitest';
import {
  cableTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  removeCable,
  template,
} from '../support/rules';

describe('mlag.peer-link-single', () => {
  it('fires when the peer link has exactly one cable', () => {
    const d = template();
    removeCable(d, 'cab-peer-2');
    const [f] = expectFires(d, 'mlag.peer-link-single', 'warning');
    expectTargets(f, [{ kind: 'mlagPair', id: 'mlag-core' }, cableTarget('cab-peer-1')]);
  });

  it('is quiet with two cables', () => expectQuiet(template(), 'mlag.peer-link-single'));
});
