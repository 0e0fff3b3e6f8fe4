import { describe, expect, it } from 'vitest';
import {
  inCidr,
  inCidrV4,
  parseCidr,
  parseIp,
  parseV4Number,
  sameAddressGroups,
} from '../../shared/topology';

describe('IP parsing used by the address rules', () => {
  it('reads a dotted quad as a number, or -1', () => {
    expect(parseV4Number('10.0.0.5')).toBe(0x0a000005);
    expect(parseV4Number('255.255.255.255')).toBe(2 ** 32 - 1);
    for (const bad of [
      '',
      '10.0.0',
      '10.0.0.256',
      '10..0.1',
      '10.0.0.1.',
      '1.2.3.4/24',
      ' 1.2.3.4',
    ])
      expect(parseV4Number(bad), bad).toBe(-1);
  });

  it('reads a dotted quad inside a longer string', () => {
    expect(parseV4Number('x10.1.2.3/24', 1, 9)).toBe(parseV4Number('10.1.2.3'));
  });

  it('parses IPv4 and IPv6 CIDRs, and refuses malformed ones', () => {
    expect(parseCidr('10.0.0.0/24')).toEqual({ base: { value: 0x0a000000, bits: 32 }, prefix: 24 });
    expect(parseCidr(' 10.0.0.0/8 ')?.prefix).toBe(8);
    expect(parseCidr('2001:db8::/32')).toEqual({ base: parseIp('2001:db8::'), prefix: 32 });
    for (const bad of [
      '10.0.0.0',
      '10.0.0.0/',
      '10.0.0.0/33',
      '10.0.0.0/2a',
      '10.0.0.0/24/1',
      '/24',
      'x/24',
      '10.0.0.0/1234',
    ])
      expect(parseCidr(bad), bad).toBeNull();
    expect(parseCidr('2001:db8::/129')).toBeNull();
  });

  it('tells whether an address is inside a CIDR', () => {
    const net = parseCidr('192.168.10.0/24')!;
    expect(inCidrV4(parseV4Number('192.168.10.254'), net)).toBe(true);
    expect(inCidrV4(parseV4Number('192.168.11.1'), net)).toBe(false);
    expect(inCidr(parseIp('2001:db8::1')!, parseCidr('2001:db8::/64')!)).toBe(true);
    expect(inCidr(parseIp('2001:db9::1')!, parseCidr('2001:db8::/64')!)).toBe(false);
  });

  it('groups entries that share a host address, however it is written', () => {
    const entries = [
      '10.0.0.2/24', // 0
      '10.0.0.1', // 1
      undefined, // 2
      '2001:db8::11', // 3
      '10.0.0.1/24', // 4
      '255.255.255.255', // 5
      '2001:0db8:0:0:0:0:0:11', // 6
      'not an address', // 7
      '10.0.0.1', // 8
      '255.255.255.255/32', // 9
      'NOT an address', // 10
    ].map((address, position) => ({ address, position }));
    const groups = sameAddressGroups(entries, (e) => e.address).map((g) =>
      g.map((e) => e.position),
    );
    expect(groups).toHaveLength(4);
    expect(groups).toEqual(
      expect.arrayContaining([
        [1, 4, 8],
        [5, 9],
        [3, 6],
        [7, 10],
      ]),
    );
    expect(sameAddressGroups(entries.slice(0, 4), (e) => e.address)).toEqual([]);
  });
});
