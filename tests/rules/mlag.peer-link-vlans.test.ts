import { describe, expect, it } from 'vitest';
import { expectFires, expectQuiet, lag, template } from '../support/rules';

describe('mlag.peer-link-vlans', () => {
  it('fires when the peer link does not carry a VLAN an MLAG LAG carries', () => {
    const d = template();
    lag(d, 'lag-core-peer').config = { mode: 'trunk', taggedVlans: [10, 50, 51, 60, 61, 70] };
    const [f] = expectFires(d, 'mlag.peer-link-vlans', 'error');
    expect(f?.message).toMatch(/does not carry VLAN 100 of its MLAG LAGs/);
  });

  it('is quiet when the peer link carries exactly the VLANs of the MLAG LAGs', () => {
    const d = template();
    const needed = new Set<number>();
    for (const l of d.lags)
      if (l.mlagPair && l.id !== 'lag-core-peer' && Array.isArray(l.config?.taggedVlans))
        for (const v of l.config.taggedVlans) needed.add(v);
    lag(d, 'lag-core-peer').config = { mode: 'trunk', taggedVlans: [...needed] };
    expectQuiet(d, 'mlag.peer-link-vlans');
  });
});
