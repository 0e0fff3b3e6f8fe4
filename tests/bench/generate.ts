import type { Design } from '../../shared/model';
import { buildPveHci } from '../../shared/templates';

/** mulberry32: a tiny seeded PRNG, so every bench run measures the same designs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A realistic large design: many PVE clusters, each behind its own firewall pair, MLAG core pair
 * and management switch, every node with bonds, networks, disks and corosync links. Cluster
 * sizes and storage NICs vary by seed. Stops adding clusters once `devices` is reached.
 */
export function generateDesign(options: {
  devices: number;
  seed?: number;
  /** Share of clusters with separate storage NICs (two more cables per node); default 0.6. */
  storageNicShare?: number;
}): Design {
  const random = seededRandom(options.seed ?? 42);
  const parts: Design[] = [];
  let deviceCount = 0;
  for (let k = 0; deviceCount < options.devices; k++) {
    const remaining = options.devices - deviceCount - 5;
    const nodes = Math.max(3, Math.min(3 + Math.floor(random() * 8), remaining));
    const part = buildPveHci({
      nodes,
      storageNics: random() < (options.storageNicShare ?? 0.6),
      name: `cluster ${k}`,
      prefix: `c${k}-`,
      addressBase: `${10 + (k >> 8)}.${k & 255}`,
      origin: { x: (k % 8) * 5000, y: Math.floor(k / 8) * 1200 },
    });
    parts.push(part);
    deviceCount += part.devices.length;
  }
  const first = parts[0]!;
  return {
    ...first,
    meta: { ...first.meta, name: `Generated: ${deviceCount} devices (seed ${options.seed ?? 42})` },
    devices: parts.flatMap((p) => p.devices),
    cables: parts.flatMap((p) => p.cables),
    lags: parts.flatMap((p) => p.lags),
    mlagPairs: parts.flatMap((p) => p.mlagPairs),
    haPairs: parts.flatMap((p) => p.haPairs),
    networks: parts.flatMap((p) => p.networks),
    clusters: parts.flatMap((p) => p.clusters),
    layout: { positions: Object.assign({}, ...parts.map((p) => p.layout.positions)) },
  };
}
