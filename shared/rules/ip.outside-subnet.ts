import type { Network } from '../model';
import type { Cidr } from '../topology';
import { eachAddress } from './addresses';
import { cidrPrefix, inCidr, inCidrV4, parseCidr, parseV4Number } from '../topology';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const ipOutsideSubnet: Rule = {
  id: 'ip.outside-subnet',
  severity: 'error',
  title: 'Address outside its network',
  why: 'A node whose address is not in its network’s subnet cannot reach its neighbours; joining a cluster fails with "cannot use IP ..., not found on local node".',
  hint: 'Give the interface an address inside the network’s CIDR, or fix the CIDR.',
  source: 'Domain brief §5 (cluster IP must be on one of the node’s interfaces)',
  check({ design, topo }) {
    // Each network's IPv4 CIDR as numbers, by the network's position (typed arrays, no object
    // per network); any other CIDR (IPv6, or one that does not parse) is read on first use.
    const { networks } = design;
    const bases = new Float64Array(networks.length);
    const prefixes = new Int8Array(networks.length).fill(NOT_V4);
    for (let i = 0; i < networks.length; i++) {
      const cidr = networks[i]!.cidr;
      if (cidr === undefined) prefixes[i] = NO_CIDR;
      else readCidrV4(cidr, bases, prefixes, i);
    }
    const others = new Map<Network, Cidr | null>();
    const out: RawFinding[] = [];
    eachAddress(topo, ({ device, attachment, network }, v4, ip) => {
      const k = topo.networkPosition(network);
      const prefix = k < 0 ? NOT_V4 : prefixes[k]!;
      if (prefix === NO_CIDR) return;
      if (prefix >= 0 && v4 >= 0) {
        const size = 2 ** (32 - prefix);
        if (Math.floor(v4 / size) === Math.floor(bases[k]! / size)) return;
      } else {
        if (!others.has(network))
          others.set(network, network.cidr === undefined ? null : parseCidr(network.cidr));
        const cidr = others.get(network);
        if (!cidr) return;
        if (v4 >= 0 ? inCidrV4(v4, cidr) : ip !== null && inCidr(ip, cidr)) return;
      }
      const what =
        v4 >= 0 || ip
          ? `is outside ${network.name} (${network.cidr})`
          : `is not a valid address (network ${network.name})`;
      out.push({
        message: `${topo.name(device)}: ${attachment.address} ${what}`,
        targets: [t.device(device), t.network(network)],
      });
    });
    return out;
  },
};

const NO_CIDR = -2;
const NOT_V4 = -1;

/** Reads "a.b.c.d/n" into `bases[i]` and `prefixes[i]`; leaves anything else to `parseCidr`. */
function readCidrV4(text: string, bases: Float64Array, prefixes: Int8Array, i: number): void {
  const cidr = text.trim();
  const slash = cidr.indexOf('/');
  const prefix = cidrPrefix(cidr, slash);
  const base = prefix < 0 || prefix > 32 ? -1 : parseV4Number(cidr, 0, slash);
  if (base < 0) return;
  bases[i] = base;
  prefixes[i] = prefix;
}
