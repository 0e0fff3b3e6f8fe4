import { describe, it } from 'vitest';
import type { Design } from '../../shared/model';
import { device, expectFires, expectQuiet, template } from '../support/rules';

/** The 3-node template grown to `n` nodes by copying pve-01. */
function withNodes(n: number): Design {
  const d = template();
  const source = device(d, 'node-1');
  for (let i = 4; i <= n; i++) {
    d.devices.push({
      ...structuredClone(source),
      id: `node-${i}`,
      hostname: `pve-${i}`,
      attachments: [],
    });
    d.clusters[0]!.nodes.push(`node-${i}`);
  }
  return d;
}

describe('cluster.too-many-nodes', () => {
  it('fires above 32 nodes', () => expectFires(withNodes(33), 'cluster.too-many-nodes', 'warning'));
  it('is quiet at 32 nodes', () => expectQuiet(withNodes(32), 'cluster.too-many-nodes'));
});
