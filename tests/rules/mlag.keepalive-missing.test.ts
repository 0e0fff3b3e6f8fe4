import { describe, expect, it } from 'vitest';
import { addCable, device, expectFires, expectQuiet, template } from '../support/rules';

const pair = (d: ReturnType<typeof template>) => d.mlagPairs[0]!;

describe('mlag.keepalive-missing', () => {
  it('fires for a pair that declares no keepalive path', () => {
    const d = template();
    delete pair(d).keepalive;
    expect(expectFires(d, 'mlag.keepalive-missing', 'warning')[0]?.message).toMatch(
      /no keepalive path is declared/,
    );
  });

  it('fires when a switch has no address on the keepalive network', () => {
    const d = template();
    const a = device(d, 'core-2').attachments.find((x) => x.network === 'net-mgmt')!;
    delete a.address;
    expect(expectFires(d, 'mlag.keepalive-missing', 'warning')[0]?.message).toMatch(
      /needs an address there on core-02/,
    );
  });

  it('is quiet for a keepalive over management with an address per switch, or a dedicated cable', () => {
    expectQuiet(template(), 'mlag.keepalive-missing');
    const d = template();
    addCable(d, 'ka', ['core-1', 'swp20'], ['core-2', 'swp20'], 'dac-passive', 1);
    pair(d).keepalive = { cable: 'ka' };
    expectQuiet(d, 'mlag.keepalive-missing');
  });
});
