import { describe, expect, it } from 'vitest';
import { cable, expectFires, expectQuiet, removeCable, template } from '../support/rules';

describe('mgmt.single-uplink', () => {
  it('fires when the management switch reaches the core over a single cable', () => {
    const d = template();
    removeCable(d, 'cab-mgmt-uplink-2');
    const [f] = expectFires(d, 'mgmt.single-uplink', 'warning');
    expect(f?.message).toMatch(/over a single cable/);
  });

  it('fires when both uplinks land on the same core switch', () => {
    const d = template();
    cable(d, 'cab-mgmt-uplink-2').b = { device: 'core-1', port: 'swp15' };
    expect(expectFires(d, 'mgmt.single-uplink', 'warning')[0]?.message).toMatch(
      /all 2 uplinks .* land on core-01/,
    );
  });

  it('is quiet with one uplink to each core switch', () =>
    expectQuiet(template(), 'mgmt.single-uplink'));
});
