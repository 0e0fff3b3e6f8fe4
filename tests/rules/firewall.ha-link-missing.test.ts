import { describe, it } from 'vitest';
import { expectFires, expectQuiet, expectTargets, removeCable, template } from '../support/rules';

describe('firewall.ha-link-missing', () => {
  it('fires for an HA pair with one direct HA link', () => {
    const d = template();
    removeCable(d, 'cab-fw-ha2');
    const [f] = expectFires(d, 'firewall.ha-link-missing', 'warning');
    expectTargets(f, [{ kind: 'haPair', id: 'ha-fw' }]);
  });

  it('is quiet with two direct HA links', () =>
    expectQuiet(template(), 'firewall.ha-link-missing'));
});
