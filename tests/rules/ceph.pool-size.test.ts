import { describe, expect, it } from 'vitest';
import { device, expectFires, expectQuiet, template } from '../support/rules';

const pool = (d: ReturnType<typeof template>) => d.clusters[0]!.ceph.pools[0]!;

describe('ceph.pool-size', () => {
  it('errs when min_size is above size', () => {
    const d = template();
    pool(d).size = 3;
    pool(d).minSize = 4;
    expect(expectFires(d, 'ceph.pool-size', 'error')[0]?.message).toMatch(/above size 3/);
  });

  it('errs when size is above the nodes with OSDs (host failure domain)', () => {
    const d = template();
    const node = device(d, 'node-3');
    node.server!.disks = node.server!.disks.filter((x) => x.role !== 'osd');
    expect(expectFires(d, 'ceph.pool-size', 'error')[0]?.message).toMatch(
      /keeps 3 copies but only 2 nodes have OSDs/,
    );
  });

  it('warns for size 2', () => {
    const d = template();
    pool(d).size = 2;
    pool(d).minSize = 2;
    expectFires(d, 'ceph.pool-size', 'warning');
  });

  it('is quiet for size 3, min_size 2 on exactly 3 nodes with OSDs', () =>
    expectQuiet(template(), 'ceph.pool-size'));
});
