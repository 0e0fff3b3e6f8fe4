import { describe, it } from 'vitest';
import {
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  removeCable,
  template,
} from '../support/rules';

describe('mlag.peer-link-missing', () => {
  it('fires when the pair names no peer-link LAG', () => {
    const d = template();
    delete d.mlagPairs[0]!.peerLinkLag;
    const [f] = expectFires(d, 'mlag.peer-link-missing', 'error');
    expectTargets(f, [
      { kind: 'mlagPair', id: 'mlag-core' },
      deviceTarget('core-1'),
      deviceTarget('core-2'),
    ]);
  });

  it('fires when the peer-link LAG has no cabled member between the switches', () => {
    const d = template();
    removeCable(d, 'cab-peer-1');
    removeCable(d, 'cab-peer-2');
    const [f] = expectFires(d, 'mlag.peer-link-missing', 'error');
    expectTargets(f, [{ kind: 'lag', id: 'lag-core-peer' }]);
  });

  it('is quiet with one cabled member left', () => {
    const d = template();
    removeCable(d, 'cab-peer-2');
    expectQuiet(d, 'mlag.peer-link-missing');
  });
});
