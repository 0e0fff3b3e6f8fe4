import { describe, it } from 'vitest';
import {
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

describe('server.no-data-disk', () => {
  it('fires for a Ceph node without OSD disks', () => {
    const d = template();
    const node = device(d, 'node-3');
    node.server!.disks = node.server!.disks.filter((x) => x.role !== 'osd');
    const [f] = expectFires(d, 'server.no-data-disk', 'error');
    expectTargets(f, [deviceTarget('node-3')]);
  });

  it('is quiet with one OSD disk', () => {
    const d = template();
    const node = device(d, 'node-3');
    node.server!.disks = node.server!.disks.slice(0, 2);
    expectQuiet(d, 'server.no-data-disk');
  });
});
