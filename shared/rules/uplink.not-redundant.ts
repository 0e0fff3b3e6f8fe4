import type { Rule } from './rule';
import { t } from './targets';
import { coreUplinks } from './uplinks';

export const uplinkNotRedundant: Rule = {
  id: 'uplink.not-redundant',
  severity: 'error',
  title: 'Single service uplink to the core',
  why: 'With one cable to the core, a failed optic, cable or switch port cuts the host off; at least 2 links in one bond, one to each core switch.',
  hint: 'Add a second service link to the other core switch and bond them.',
  source: 'Domain brief §2 (at least 2 x 10 GbE in one LACP bond split across the two peers)',
  check({ topo }) {
    const out = [];
    for (const links of topo.memo('coreUplinks', () => coreUplinks(topo)).values()) {
      if (links.length !== 1) continue;
      const [l] = links as [(typeof links)[0]];
      out.push({
        message: `${topo.name(l.host)} has one service link to the core (${l.hostPort.port.name} to ${topo.portLabel(l.corePort)})`,
        targets: [t.device(l.host), t.port(l.hostPort), t.cable(l.cable)],
      });
    }
    return out;
  },
};
