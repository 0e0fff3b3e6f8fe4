import type { Rule } from './rule';
import { t } from './targets';

export const firewallHaLinkMissing: Rule = {
  id: 'firewall.ha-link-missing',
  severity: 'warning',
  title: 'Firewall HA pair with too few HA links',
  why: 'The firewalls sync state over direct HA links; with fewer than two, one failed cable splits the pair.',
  hint: 'Cable two direct links between the firewalls’ HA ports.',
  source: 'Domain brief §2 (2 HA-sync links between the two firewalls)',
  check({ design, topo }) {
    const out = [];
    for (const pair of design.haPairs) {
      const [f1, f2] = pair.firewalls;
      // Walk only the first firewall's HA ports: cheap on designs with thousands of cables.
      const first = topo.device(f1);
      const cables = new Set<string>();
      const info = first && topo.deviceInfo(first.id);
      for (let k = 0; k < (info?.portCount ?? 0); k++) {
        const port = info!.cabledAt(k);
        if (port === undefined || topo.portOf(port).role !== 'ha' || f1 === f2) continue;
        for (const link of topo.linksOn(port)) {
          const other = link.otherEnd(port);
          if (topo.deviceOf(other).id === f2 && topo.portOf(other).role === 'ha')
            cables.add(link.cable.id);
        }
      }
      const links = cables.size;
      if (links >= 2) continue;
      out.push({
        message: `firewalls ${topo.name(topo.device(f1))} and ${topo.name(topo.device(f2))} have ${links} direct HA link${links === 1 ? '' : 's'}`,
        targets: [
          t.haPair(pair.id),
          { kind: 'device' as const, id: f1 },
          { kind: 'device' as const, id: f2 },
        ],
      });
    }
    return out;
  },
};
