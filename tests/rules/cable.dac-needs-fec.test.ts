import { describe, expect, it } from 'vitest';
import { cable, expectFires, expectQuiet, template } from '../support/rules';

/** node-1's first uplink (SFP28 to SFP28, 25G) as a passive DAC of this length. */
function dac(lengthM: number) {
  const d = template();
  const c = cable(d, 'cab-node1-core1');
  c.media = 'dac-passive';
  c.lengthM = lengthM;
  return d;
}

describe('cable.dac-needs-fec', () => {
  it('fires for a 4 m passive DAC at 25G, naming both ports', () => {
    const [f] = expectFires(dac(4), 'cable.dac-needs-fec', 'warning');
    expect(f?.message).toMatch(/pve-01 ens1f0 and core-01 swp1 works only with RS-FEC/);
  });

  it('is quiet at 3 m, and for a 5 m passive DAC at 10G (SFP+)', () => {
    expectQuiet(dac(3), 'cable.dac-needs-fec');
    const d = template();
    const c = cable(d, 'cab-fw1-core1');
    c.media = 'dac-passive';
    c.lengthM = 5;
    expectQuiet(d, 'cable.dac-needs-fec');
  });
});
