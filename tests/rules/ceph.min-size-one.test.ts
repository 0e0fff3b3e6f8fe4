import { describe, it } from 'vitest';
import { expectFires, expectQuiet, template } from '../support/rules';

describe('ceph.min-size-one', () => {
  it('fires for a pool with min_size 1', () => {
    const d = template();
    d.clusters[0]!.ceph.pools[0]!.minSize = 1;
    expectFires(d, 'ceph.min-size-one', 'error');
  });
  it('is quiet at min_size 2', () => expectQuiet(template(), 'ceph.min-size-one'));
});
