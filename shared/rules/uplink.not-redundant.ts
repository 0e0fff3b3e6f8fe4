import type { RawFinding, Rule } from './rule';
import { t } from './targets';
import type { PortIndex } from '../topology';
import { isHost } from '../topology';

export const uplinkNotRedundant: Rule = {
  id: 'uplink.not-redundant',
  severity: 'error',
  title: 'Single service uplink to the core',
  why: 'With one cable to the core, a failed optic, cable or switch port cuts the host off; at least 2 links in one bond, one to each core switch.',
  hint: 'Add a second service link to the other core switch and bond them.',
  source: 'Domain brief §2 (at least 2 x 10 GbE in one LACP bond split across the two peers)',
  check({ topo }) {
    const out: RawFinding[] = [];
    for (let i = 0; i < topo.design.devices.length; i++) {
      const host = topo.design.devices[i]!;
      if (!isHost(host)) continue;
      // Count cabled service ports landing on a core switch; keep the first for the message.
      let count = 0;
      let first: PortIndex | undefined;
      const info = topo.deviceInfoAt(i);
      if (!info) continue;
      for (let k = 0; k < info.portCount; k++) {
        const port = info.cabledAt(k);
        if (port === undefined || topo.portOf(port).role !== 'service') continue;
        if (topo.deviceOf(topo.peerOf(port)!).role !== 'core-switch') continue;
        count++;
        first ??= port;
      }
      if (count !== 1) continue;
      const core = topo.peerOf(first!)!;
      out.push({
        message: `${topo.name(host)} has one service link to the core (${topo.portOf(first!).name} to ${topo.portLabel(core)})`,
        targets: [t.device(host), t.port(topo, first!), t.cable(topo.linkOf(first!)!.cable)],
      });
    }
    return out;
  },
};
