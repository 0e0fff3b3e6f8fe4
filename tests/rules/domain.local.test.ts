import { describe, it } from 'vitest';
import { expectFires, expectQuiet, expectTargets, template } from '../support/rules';

describe('domain.local', () => {
  it('fires for a domain ending in .local', () => {
    const d = template();
    d.clusters[0]!.domain = 'corp.LOCAL';
    const [f] = expectFires(d, 'domain.local', 'info');
    expectTargets(f, [{ kind: 'cluster', id: 'cluster-1' }]);
  });

  it('is quiet for .internal and for "local" elsewhere in the name', () => {
    const d = template();
    d.clusters[0]!.domain = 'local.example.com';
    expectQuiet(d, 'domain.local');
    expectQuiet(template(), 'domain.local');
  });
});
