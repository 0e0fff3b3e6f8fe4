import type { Cable, Device } from '../model';
import type { PortInfo, Topology } from './topology';
import { isHost } from './topology';

export interface Uplink {
  host: Device;
  hostPort: PortInfo;
  corePort: PortInfo;
  cable: Cable;
}

/** Cabled service ports of servers and firewalls that land on a core switch. */
export function coreUplinks(topo: Topology): Map<string, Uplink[]> {
  const out = new Map<string, Uplink[]>();
  for (const device of topo.design.devices) {
    if (!isHost(device)) continue;
    const links: Uplink[] = [];
    for (const port of topo.cabledPorts.get(device.id) ?? []) {
      if (port.port.role !== 'service') continue;
      const cable = topo.cablesOn(port)[0];
      const peer = topo.peerOf(port);
      if (cable && peer && peer.device.role === 'core-switch')
        links.push({ host: device, hostPort: port, corePort: peer, cable });
    }
    out.set(device.id, links);
  }
  return out;
}
