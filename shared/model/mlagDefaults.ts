import type { MlagPair } from './links';

/**
 * The settings `generate` needs of an MLAG pair, chosen for a new pair so that it generates as
 * made (the app's Make MLAG Pair and the templates both take them from here); each can be changed
 * in the pair's inspector.
 */

/**
 * NVIDIA's reserved range for MLAG system MACs (Cumulus `nv set mlag mac-address`):
 * 44:38:39:ff:00:00 to 44:38:39:ff:ff:ff, one address per pair.
 */
const SYSTEM_MAC_PREFIX = '44:38:39:ff';
/** EOS peer-link SVI addresses: one /31 of this /24 per pair (a link that is never routed). */
const PEER_ADDRESS_BASE = '10.255.252';
/** EOS's conventional peer-link VLAN (the generator's default too). */
const PEER_VLAN = 4094;

const hex = (n: number) => n.toString(16).padStart(2, '0');

/** The first system MAC of the reserved range that no pair uses, from 44:38:39:ff:00:01. */
export function freeMlagSystemMac(pairs: readonly MlagPair[]): string | undefined {
  const taken = new Set<string>();
  for (const p of pairs) if (p.systemMac !== undefined) taken.add(p.systemMac.toLowerCase());
  for (let n = 1; n <= 0xffff; n++) {
    const mac = `${SYSTEM_MAC_PREFIX}:${hex(n >> 8)}:${hex(n & 0xff)}`;
    if (!taken.has(mac)) return mac;
  }
  return undefined;
}

/** The first /31 of 10.255.252.0/24 whose two addresses no pair uses, as the pair's two ends. */
export function freeMlagPeerAddresses(pairs: readonly MlagPair[]): [string, string] | undefined {
  const taken = new Set<string>();
  for (const p of pairs) for (const a of p.peerAddresses ?? []) taken.add(a.split('/')[0]!);
  for (let low = 0; low < 256; low += 2) {
    const a = `${PEER_ADDRESS_BASE}.${low}`;
    const b = `${PEER_ADDRESS_BASE}.${low + 1}`;
    if (!taken.has(a) && !taken.has(b)) return [`${a}/31`, `${b}/31`];
  }
  return undefined;
}

/**
 * Domain id, peer VLAN, peer-link addresses and system MAC for a new pair of a design that
 * already has `pairs`: unique within the design where the switches need it (MAC, addresses).
 */
export function newMlagPairSettings(
  pairs: readonly MlagPair[],
  domainId: string,
): Pick<MlagPair, 'domainId' | 'peerVlan' | 'peerAddresses' | 'systemMac'> {
  const peerAddresses = freeMlagPeerAddresses(pairs);
  const systemMac = freeMlagSystemMac(pairs);
  return {
    domainId,
    peerVlan: PEER_VLAN,
    ...(peerAddresses ? { peerAddresses } : {}),
    ...(systemMac ? { systemMac } : {}),
  };
}
