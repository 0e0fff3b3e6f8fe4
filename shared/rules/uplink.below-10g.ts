import type { Rule } from './rule';
import { t } from './targets';
import { coreUplinks } from './uplinks';

export const uplinkBelow10g: Rule = {
  id: 'uplink.below-10g',
  severity: 'warning',
  title: 'Service uplink slower than 10 Gbps',
  why: 'VM, storage and migration traffic share the service uplinks; below 10 GbE they become the bottleneck.',
  hint: 'Use 10G or faster ports and media for service uplinks.',
  source: 'Domain brief §2 (at least 2 x 10 GbE)',
  check({ topo, thresholds }) {
    const out = [];
    for (const links of topo.memo('coreUplinks', () => coreUplinks(topo)).values()) {
      for (const l of links) {
        const speed = topo.linkSpeed(l.cable);
        if (speed === null || speed >= thresholds.uplinkMinGbps) continue;
        out.push({
          message: `${topo.portLabel(l.hostPort)} uplinks to ${topo.portLabel(l.corePort)} at ${speed}G`,
          targets: [t.port(l.hostPort), t.cable(l.cable)],
        });
      }
    }
    return out;
  },
};
