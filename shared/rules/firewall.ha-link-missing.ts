import type { Rule } from './rule';
import { t } from './targets';

export const firewallHaLinkMissing: Rule = {
  id: 'firewall.ha-link-missing',
  severity: 'warning',
  title: 'Firewall HA pair with too few HA links',
  why: 'The firewalls sync state over direct HA links; with fewer than two, one failed cable splits the pair.',
  hint: 'Cable two direct links between the firewalls’ HA ports.',
  source:
    'Fortinet FortiGate Administration Guide, "HA heartbeat interface" (connect the heartbeat interfaces of a two-unit cluster back to back), https://docs.fortinet.com/document/fortigate/8.0.0/administration-guide/849059, and HA "Best practices" (at least two heartbeat connections), https://docs2.fortinet.com/document/fortigate/8.0.0/administration-guide/593267; Fortinet technical tip FD50262, best practices for heartbeat interfaces (configure at least two), http://kb.fortinet.com/kb/documentLink.do?externalID=FD50262',
  check({ design, topo }) {
    const out = [];
    for (const pair of design.haPairs) {
      const [first, second] = pair.firewalls.map((id) => topo.device(id));
      // Direct cables between an HA port of each firewall of the pair.
      const cables = new Set<string>();
      const ports = first && second && first !== second ? topo.cabledPorts(first) : [];
      for (let i = 0; i < ports.length; i++) {
        const port = ports[i]!;
        if (topo.portOf(port).role !== 'ha') continue;
        const links = topo.linksOn(port);
        for (let j = 0; j < links.length; j++) {
          const link = links[j]!;
          const other = link.otherEnd(port);
          if (topo.deviceOf(other) === second && topo.portOf(other).role === 'ha')
            cables.add(link.cable.id);
        }
      }
      const links = cables.size;
      if (links >= 2) continue;
      const [f1, f2] = pair.firewalls;
      out.push({
        message: `firewalls ${topo.name(first)} and ${topo.name(second)} have ${links} direct HA link${links === 1 ? '' : 's'}`,
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
