import { describe, it } from 'vitest';
import { expectFires, expectQuiet, expectTargets, template } from '../support/rules';

describe('migration.on-cluster-network', () => {
  it('fires when no node of the cluster has a migration network', () => {
    const d = template();
    for (const dev of d.devices)
      dev.attachments = dev.attachments.filter((a) => a.network !== 'net-migration');
    const [f] = expectFires(d, 'migration.on-cluster-network', 'info');
    expectTargets(f, [{ kind: 'cluster', id: 'cluster-1' }]);
  });

  it('is quiet when one node carries it', () => {
    const d = template();
    for (const dev of d.devices)
      if (dev.id !== 'node-3')
        dev.attachments = dev.attachments.filter((a) => a.network !== 'net-migration');
    expectQuiet(d, 'migration.on-cluster-network');
  });
});
