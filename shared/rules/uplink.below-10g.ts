import type { RawFinding, Rule } from './rule';
import { hintWith } from './rule';
import { t } from './targets';
import { isHost, isSwitch } from '../topology';
import { SERVICE_TRAFFIC } from './traffic';

export const uplinkBelow10g: Rule = {
  id: 'uplink.below-10g',
  severity: 'warning',
  title: 'Service uplink slower than 10 Gbps',
  why: 'VM, storage and migration traffic share the service uplinks; below 10 GbE they become the bottleneck.',
  ...hintWith((t) => `Use ${t.uplinkMinGbps}G or faster ports and media for service uplinks.`),
  source:
    'Proxmox VE Administration Guide, Ceph "Network" recommendation (a 10+ Gbps network for Ceph public traffic, which may also carry guest and live-migration traffic), https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pve_ceph_recommendation_network',
  check({ topo, thresholds }) {
    const out: RawFinding[] = [];
    for (let i = 0; i < topo.design.devices.length; i++) {
      const host = topo.design.devices[i]!;
      if (!isHost(host)) continue;
      const ports = topo.cabledPorts(host);
      for (let j = 0; j < ports.length; j++) {
        const port = ports[j]!;
        // What the port carries decides, not its role: 1G is right for management or corosync.
        if (!topo.carriesRole(port, SERVICE_TRAFFIC)) continue;
        const core = topo.peerOf(port)!;
        const speed = topo.portSpeed(port);
        if (!isSwitch(topo.deviceOf(core))) continue;
        if (speed === null || speed >= thresholds.uplinkMinGbps) continue;
        out.push({
          message: `${topo.portLabel(port)} uplinks to ${topo.portLabel(core)} at ${speed}G`,
          targets: [t.port(topo, port), t.cable(topo.linkOf(port)!.cable)],
        });
      }
    }
    return out;
  },
};
