import type { Device, Lag } from '../model';
import type { PortInfo, Topology } from './topology';
import { isHost, isSwitch } from './topology';

export interface BondLanding {
  lag: Lag;
  host: Device;
  /** Cabled members and the switch port each lands on. */
  legs: Array<{ member: PortInfo; switchPort: PortInfo }>;
  cabledMembers: number;
}

/** Server and firewall bonds, with where their cabled members land on switches. */
export function hostBonds(topo: Topology): BondLanding[] {
  const out: BondLanding[] = [];
  for (const lag of topo.design.lags) {
    const first = lag.members[0];
    const host = first && topo.devices.get(first.device);
    if (!host || !isHost(host)) continue;
    const legs: BondLanding['legs'] = [];
    let cabledMembers = 0;
    for (const m of lag.members) {
      const member = topo.portRef(m);
      const peer = member && topo.peerOf(member);
      if (!member || !peer) continue;
      cabledMembers++;
      if (isSwitch(peer.device)) legs.push({ member, switchPort: peer });
    }
    out.push({ lag, host, legs, cabledMembers });
  }
  return out;
}
