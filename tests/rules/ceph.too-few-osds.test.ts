import { describe, it } from 'vitest';
import type { Design } from '../../shared/model';
import { expectFires, expectQuiet, template } from '../support/rules';

/** Keep `n` OSD disks in the cluster, one per node at most, the rest removed. */
function withOsds(n: number): Design {
  const d = template();
  d.devices
    .filter((x) => x.role === 'server')
    .forEach((node, i) => {
      node.server!.disks = node
        .server!.disks.filter((disk) => disk.role !== 'osd' || i < n)
        .slice(0, 2);
    });
  return d;
}

describe('ceph.too-few-osds', () => {
  it('fires with 2 OSD disks in the cluster', () =>
    expectFires(withOsds(2), 'ceph.too-few-osds', 'error'));
  it('is quiet with 3', () => expectQuiet(withOsds(3), 'ceph.too-few-osds'));
});
