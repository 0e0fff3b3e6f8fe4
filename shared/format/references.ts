import type { Design, PortRef } from '../model';
import type { JsonPath, LoadProblem } from './problem';

type Problem = Omit<LoadProblem, 'line' | 'column'>;

/**
 * Structural integrity a design needs before anything can reason about it: unique ids and
 * references that resolve. A port used by two cables or a LAG on the wrong switches is NOT
 * checked here: those are representable and become rule findings.
 */
export function checkReferences(design: Design): Problem[] {
  const problems: Problem[] = [];
  const dup = (path: JsonPath, what: string, id: string, firstAt: JsonPath) =>
    problems.push({
      code: 'duplicate-id',
      message: `duplicate ${what} id "${id}" (first used at ${firstAt.join('.')})`,
      path,
    });
  const ref = (path: JsonPath, message: string) =>
    problems.push({ code: 'reference', message, path });

  const uniqueIds = <T extends { id: string }>(items: T[], key: string, what: string) => {
    const seen = new Map<string, JsonPath>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first) dup([key, i, 'id'], what, item.id, first);
      else seen.set(item.id, [key, i]);
    });
    return seen;
  };

  const devices = new Map(design.devices.map((d) => [d.id, d]));
  uniqueIds(design.devices, 'devices', 'device');
  const cables = uniqueIds(design.cables, 'cables', 'cable');
  const lags = uniqueIds(design.lags, 'lags', 'LAG');
  const mlagPairs = uniqueIds(design.mlagPairs, 'mlagPairs', 'MLAG pair');
  uniqueIds(design.haPairs, 'haPairs', 'HA pair');
  const networks = uniqueIds(design.networks, 'networks', 'network');
  uniqueIds(design.clusters, 'clusters', 'cluster');

  const portNames = new Map<string, Set<string>>();
  design.devices.forEach((device, d) => {
    const names = new Set<string>();
    device.ports.forEach((port, p) => {
      if (names.has(port.name)) {
        problems.push({
          code: 'duplicate-id',
          message: `device "${device.hostname || device.id}" has two ports named "${port.name}"`,
          path: ['devices', d, 'ports', p, 'name'],
        });
      }
      names.add(port.name);
    });
    if (!portNames.has(device.id)) portNames.set(device.id, names);
  });

  const checkPortRef = (path: JsonPath, end: PortRef) => {
    const names = portNames.get(end.device);
    if (!names) ref([...path, 'device'], `unknown device "${end.device}"`);
    else if (!names.has(end.port)) {
      const device = devices.get(end.device);
      ref(
        [...path, 'port'],
        `device "${device?.hostname || end.device}" has no port "${end.port}"`,
      );
    }
  };
  const checkDevice = (path: JsonPath, id: string, role?: string) => {
    const device = devices.get(id);
    if (!device) ref(path, `unknown device "${id}"`);
    else if (role && device.role !== role)
      ref(path, `device "${device.hostname || id}" is a ${device.role}, expected a ${role}`);
  };

  design.cables.forEach((cable, i) => {
    checkPortRef(['cables', i, 'a'], cable.a);
    checkPortRef(['cables', i, 'b'], cable.b);
  });

  design.lags.forEach((lag, i) => {
    lag.members.forEach((member, m) => checkPortRef(['lags', i, 'members', m], member));
    if (lag.mlagPair !== undefined && !mlagPairs.has(lag.mlagPair)) {
      ref(['lags', i, 'mlagPair'], `unknown MLAG pair "${lag.mlagPair}"`);
    }
  });

  design.mlagPairs.forEach((pair, i) => {
    pair.switches.forEach((id, s) => checkDevice(['mlagPairs', i, 'switches', s], id));
    if (pair.switches[0] === pair.switches[1]) {
      ref(['mlagPairs', i, 'switches', 1], 'an MLAG pair needs two different switches');
    }
    const keepalive = pair.keepalive;
    if (keepalive?.network !== undefined && !networks.has(keepalive.network))
      ref(['mlagPairs', i, 'keepalive', 'network'], `unknown network "${keepalive.network}"`);
    if (keepalive?.cable !== undefined && !cables.has(keepalive.cable))
      ref(['mlagPairs', i, 'keepalive', 'cable'], `unknown cable "${keepalive.cable}"`);
    if (pair.peerLinkLag !== undefined && !lags.has(pair.peerLinkLag)) {
      ref(['mlagPairs', i, 'peerLinkLag'], `unknown LAG "${pair.peerLinkLag}"`);
    }
  });

  design.haPairs.forEach((pair, i) => {
    pair.firewalls.forEach((id, f) => checkDevice(['haPairs', i, 'firewalls', f], id));
    if (pair.firewalls[0] === pair.firewalls[1]) {
      ref(['haPairs', i, 'firewalls', 1], 'an HA pair needs two different firewalls');
    }
  });

  const lagById = new Map(design.lags.map((l) => [l.id, l]));
  design.devices.forEach((device, d) => {
    device.attachments.forEach((att, a) => {
      const path: JsonPath = ['devices', d, 'attachments', a];
      if (!networks.has(att.network)) ref([...path, 'network'], `unknown network "${att.network}"`);
      if (att.port !== undefined && !portNames.get(device.id)?.has(att.port)) {
        ref(
          [...path, 'port'],
          `device "${device.hostname || device.id}" has no port "${att.port}"`,
        );
      }
      if (att.lag !== undefined) {
        const lag = lagById.get(att.lag);
        if (!lag) ref([...path, 'lag'], `unknown LAG "${att.lag}"`);
        else if (!lag.members.some((m) => m.device === device.id) && lag.members.length > 0) {
          ref(
            [...path, 'lag'],
            `LAG "${lag.name || lag.id}" has no member on device "${device.hostname || device.id}"`,
          );
        }
      }
    });
  });

  design.clusters.forEach((cluster, c) => {
    cluster.nodes.forEach((id, n) => checkDevice(['clusters', c, 'nodes', n], id));
    const nodes = new Set(cluster.nodes);
    for (const key of ['monitors', 'managers'] as const) {
      cluster.ceph[key].forEach((id, n) => {
        if (!nodes.has(id))
          ref(
            ['clusters', c, 'ceph', key, n],
            `"${id}" is not a node of cluster "${cluster.name}"`,
          );
      });
    }
  });

  for (const id of Object.keys(design.layout.positions)) {
    if (!devices.has(id)) ref(['layout', 'positions', id], `position for unknown device "${id}"`);
  }
  return problems;
}
