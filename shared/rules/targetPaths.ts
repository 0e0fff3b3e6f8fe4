import { parsePortKey } from '../model/ids';
import type { Design } from '../model';
import type { JsonPath } from '../format/problem';
import type { Target } from './finding';

/** Where each target lives in the design file, so a finding can point at a line. */
export function targetPathIndex(design: Design): (target: Target) => JsonPath | undefined {
  const index = <T extends { id: string }>(items: T[]) => new Map(items.map((x, i) => [x.id, i]));
  const devices = index(design.devices);
  const byKind = {
    cable: ['cables', index(design.cables)],
    lag: ['lags', index(design.lags)],
    network: ['networks', index(design.networks)],
    cluster: ['clusters', index(design.clusters)],
    mlagPair: ['mlagPairs', index(design.mlagPairs)],
    haPair: ['haPairs', index(design.haPairs)],
  } as const;
  return (target) => {
    if (target.kind === 'device') {
      const i = devices.get(target.id);
      return i === undefined ? undefined : ['devices', i];
    }
    if (target.kind === 'port') {
      const ref = parsePortKey(target.id);
      const d = devices.get(ref.device);
      if (d === undefined) return undefined;
      const p = design.devices[d]!.ports.findIndex((x) => x.name === ref.port);
      return p < 0 ? ['devices', d] : ['devices', d, 'ports', p];
    }
    const [key, map] = byKind[target.kind];
    const i = map.get(target.id);
    return i === undefined ? undefined : [key, i];
  };
}
