import type { Device, MlagPair } from '../model';
import type { Topology } from '../topology';
import type { RawFinding, Rule } from './rule';
import { cableNameIn, t } from './targets';

export const mlagKeepaliveMissing: Rule = {
  id: 'mlag.keepalive-missing',
  severity: 'warning',
  title: 'MLAG pair without a keepalive path apart from the peer link',
  why: 'When the peer link fails, the switches tell a dead peer from a dead peer link only over a second path (usually the management network). Without one both stay primary: split brain, and every dual-homed bond flaps.',
  hint: 'Declare a keepalive over the management network, with an address for each switch of the pair (or a dedicated cable).',
  source:
    'NVIDIA Cumulus Linux User Guide, "Multi-Chassis Link Aggregation - MLAG", Basic Configuration (a backup IP reachable without the peer link, such as the management address, is required), https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-2/Multi-Chassis-Link-Aggregation-MLAG/#basic-configuration',
  check({ design, topo }) {
    const out: RawFinding[] = [];
    for (const pair of design.mlagPairs) {
      const problem = keepaliveProblem(pair, topo);
      if (!problem) continue;
      const [a, b] = pair.switches.map((id) => topo.name(topo.device(id)));
      out.push({
        message: `MLAG pair ${a} / ${b}: ${problem}`,
        targets: [
          t.mlagPair(pair.id),
          ...pair.switches.map((id) => ({ kind: 'device' as const, id })),
        ],
      });
    }
    return out;
  },
};

/** What is wrong with the pair's keepalive path, or null when it has a sound one. */
function keepaliveProblem(pair: MlagPair, topo: Topology): string | null {
  const keepalive = pair.keepalive;
  const switches = pair.switches.map((id) => topo.device(id)).filter((d): d is Device => !!d);
  if (!keepalive || (keepalive.network === undefined && keepalive.cable === undefined))
    return 'no keepalive path is declared apart from the peer link';
  if (keepalive.network !== undefined) {
    const network = topo.network(keepalive.network);
    const without = switches.filter(
      (sw) => !sw.attachments.some((a) => a.network === keepalive.network && a.address),
    );
    if (network && without.length > 0)
      return `the keepalive over ${network.name} needs an address there on ${without.map((d) => topo.name(d)).join(' and ')}`;
  }
  if (keepalive.cable !== undefined) {
    const cable = topo.design.cables.find((c) => c.id === keepalive.cable);
    const ends = cable ? [cable.a.device, cable.b.device].sort().join() : '';
    if (ends !== [...pair.switches].sort().join())
      return `the keepalive cable ${cable ? cableNameIn(topo, cable) : `"${keepalive.cable}" (no such cable)`} does not join the two switches`;
  }
  return null;
}
