import { describe, it } from 'vitest';
import {
  cableTarget,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  addCable,
  device,
  port,
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

  it('counts the legs of the interface that carries VM and Ceph networks, not unrelated ports', () => {
    const d = template();
    removeCable(d, 'cab-node1-core2');
    // A spare service port cabled to the other core switch carries nothing: still one link.
    port(d, 'node-1', 'eno1').role = 'service';
    const mgmtCable = d.cables.find((c) => c.a.device === 'node-1' && c.a.port === 'eno1')!;
    removeCable(d, mgmtCable.id);
    device(d, 'node-1').attachments = device(d, 'node-1').attachments.filter(
      (a) => a.port !== 'eno1',
    );
    port(d, 'core-2', 'swp12').config = { module: 'base-t' };
    addCable(d, 'spare', ['node-1', 'eno1'], ['core-2', 'swp12'], 'cat6a');
    expectFires(d, 'uplink.not-redundant', 'error');
  });
});
