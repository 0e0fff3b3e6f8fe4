/** IPv4 as a plain number (fast: thousands per validation), IPv6 as a bigint. */
export type Ip = { bits: 32; value: number } | { bits: 128; value: bigint };

export function parseIp(text: string): Ip | null {
  const s = text.trim();
  if (s.includes(':')) return parseV6(s);
  return parseV4(s);
}

function parseV4(s: string): Ip | null {
  const value = parseV4Number(s);
  return value < 0 ? null : { value, bits: 32 };
}

/**
 * A dotted quad as a number, or -1: by hand and without allocating, since a validation parses
 * thousands of addresses.
 */
export function parseV4Number(s: string, start = 0, end = s.length): number {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      octet = octet * 10 + (c - 48);
      if (++digits > 3 || octet > 255) return -1;
    } else if (c === 46 && digits > 0 && dots < 3) {
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else return -1;
  }
  if (dots !== 3 || digits === 0) return -1;
  return value * 256 + octet;
}

function parseV6(s: string): Ip | null {
  if ((s.match(/::/g) ?? []).length > 1) return null;
  const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
  const groups = (x: string | undefined) => (x ? x.split(':') : []);
  const h = groups(head);
  const tl = groups(tail);
  const missing = 8 - h.length - tl.length;
  if (tail === undefined ? h.length !== 8 : missing < 1) return null;
  const all = [...h, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...tl];
  let value = 0n;
  for (const g of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    value = (value << 16n) | BigInt(parseInt(g, 16));
  }
  return { value, bits: 128 };
}

export interface Cidr {
  base: Ip;
  prefix: number;
}

/** The prefix length after a CIDR's slash (1 to 3 digits, nothing else), or -1. */
export function cidrPrefix(s: string, slash: number): number {
  const digits = s.length - slash - 1;
  if (slash < 0 || digits < 1 || digits > 3) return -1;
  let prefix = 0;
  for (let i = slash + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    prefix = prefix * 10 + (c - 48);
  }
  return prefix;
}

/** "10.0.0.0/24" (or IPv6). Read in place: a validation parses a CIDR per network. */
export function parseCidr(text: string): Cidr | null {
  const s = text.trim();
  const slash = s.indexOf('/');
  const prefix = cidrPrefix(s, slash);
  if (prefix < 0) return null;
  const v4 = parseV4Number(s, 0, slash);
  const base: Ip | null = v4 >= 0 ? { value: v4, bits: 32 } : parseIp(s.slice(0, slash));
  if (!base || prefix > base.bits) return null;
  return { base, prefix };
}

/** Addresses in an IPv4 block of each prefix length, /0 to /32 (a table: Math.pow is slow). */
const V4_BLOCK_SIZE = Array.from({ length: 33 }, (_, prefix) => 2 ** (32 - prefix));

/** IPv4 as a number inside a CIDR (no objects: called once per address). */
export function inCidrV4(value: number, cidr: Cidr): boolean {
  if (cidr.base.bits !== 32) return false;
  const size = V4_BLOCK_SIZE[cidr.prefix]!;
  return Math.floor(value / size) === Math.floor(cidr.base.value / size);
}

export function inCidr(ip: Ip, cidr: Cidr): boolean {
  const base = cidr.base;
  if (ip.bits === 32 && base.bits === 32) {
    const size = V4_BLOCK_SIZE[cidr.prefix]!;
    return Math.floor(ip.value / size) === Math.floor(base.value / size);
  }
  if (ip.bits === 128 && base.bits === 128) {
    const shift = BigInt(128 - cidr.prefix);
    return ip.value >> shift === base.value >> shift;
  }
  return false;
}

/** "10.0.0.5/24" and "10.0.0.5" name the same host address. */
export function hostPart(address: string): string {
  const slash = address.indexOf('/');
  return (slash < 0 ? address : address.slice(0, slash)).trim();
}

/** Canonical form of an address, so 2001:db8::1 and 2001:0db8:0:0:0:0:0:1 compare equal. */
export function canonicalIp(ip: Ip | null, address: string): string | number {
  if (!ip) return hostPart(address).toLowerCase();
  return ip.bits === 32 ? ip.value : `v6:${ip.value.toString(16)}`;
}

/** The host part of an address as an IPv4 number without copying it, or -1. */
function hostV4(address: string): number {
  const slash = address.indexOf('/');
  return parseV4Number(address, 0, slash < 0 ? address.length : slash);
}

/**
 * Whether an address ("10.0.0.5" or "10.0.0.5/24") lies inside a CIDR; null when it is no
 * address at all. IPv4, nearly every address, is read in place without allocating.
 */
export function addressInCidr(address: string, cidr: Cidr): boolean | null {
  const v4 = hostV4(address);
  if (v4 >= 0) return inCidrV4(v4, cidr);
  const ip = parseIp(hostPart(address));
  return ip ? inCidr(ip, cidr) : null;
}

/** One key per host address, so that equal addresses written differently compare equal. */
export function addressKey(address: string): string | number {
  const v4 = hostV4(address);
  return v4 >= 0 ? v4 : canonicalIp(parseIp(hostPart(address)), address);
}

/** The CIDR has bits set beyond its prefix ("10.0.0.5/24" where "10.0.0.0/24" was meant). */
export function hasHostBits(cidr: Cidr): boolean {
  const { base, prefix } = cidr;
  if (base.bits === 32) return base.value % V4_BLOCK_SIZE[prefix]! !== 0;
  const hostBits = BigInt(128 - prefix);
  return base.value !== (base.value >> hostBits) << hostBits;
}

/**
 * An IPv4 address that is its subnet's network or broadcast address, which a host may not use
 * (not for /31 and /32, which have neither); undefined otherwise.
 */
export function reservedRole(address: string, cidr: Cidr): 'network' | 'broadcast' | undefined {
  if (cidr.base.bits !== 32 || cidr.prefix >= 31) return undefined;
  const v4 = hostV4(address);
  if (v4 < 0 || !inCidrV4(v4, cidr)) return undefined;
  const size = V4_BLOCK_SIZE[cidr.prefix]!;
  const offset = v4 % size;
  return offset === 0 ? 'network' : offset === size - 1 ? 'broadcast' : undefined;
}

/**
 * The entries that share a host address with another, by address (each group in list order,
 * groups in the order of their first entry); entries without an address are skipped. IPv4
 * addresses, nearly all, are found in a hash table of typed arrays (open addressing by the
 * address as a number): a map of thousands of addresses was most of what the duplicate check
 * allocated, and sorting them grew faster than the design. Others go through a map.
 */
export function sameAddressGroups<T>(
  entries: readonly T[],
  addressOf: (entry: T) => string | undefined,
): T[][] {
  const n = entries.length;
  let bits = 1;
  while (1 << bits < 2 * n) bits++;
  const slots = new Int32Array(1 << bits); // an address's first entry + 1, or 0
  const v4 = new Float64Array(n);
  // Per entry: the next entry with its address (or -1); per first entry: the last one so far.
  const next = new Int32Array(n).fill(-1);
  const last = new Int32Array(n);
  const shared = new Uint8Array(n); // per first entry: another entry has its address
  let others: Map<string | number, T[]> | undefined;
  for (let i = 0; i < n; i++) {
    const address = addressOf(entries[i]!);
    if (!address) continue;
    const value = hostV4(address);
    if (value < 0) {
      const key = addressKey(address);
      const list = (others ??= new Map()).get(key);
      if (list) list.push(entries[i]!);
      else others.set(key, [entries[i]!]);
      continue;
    }
    v4[i] = value;
    let slot = Math.imul(value | 0, 0x9e3779b1) >>> (32 - bits);
    while (slots[slot] !== 0 && v4[slots[slot]! - 1] !== value)
      slot = (slot + 1) & (slots.length - 1);
    const first = slots[slot]! - 1;
    if (first < 0) {
      slots[slot] = i + 1;
      last[i] = i;
    } else {
      next[last[first]!] = i;
      last[first] = i;
      shared[first] = 1;
    }
  }
  const groups: T[][] = [];
  for (let first = 0; first < n; first++) {
    if (!shared[first]) continue;
    const group: T[] = [];
    for (let i = first; i >= 0; i = next[i]!) group.push(entries[i]!);
    groups.push(group);
  }
  others?.forEach((list) => {
    if (list.length > 1) groups.push(list);
  });
  return groups;
}
