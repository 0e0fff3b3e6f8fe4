import type { Device, Lag } from '../model';
import type { Topology } from './topology';
import { isHost, isSwitch } from './topology';

export interface BondLanding {
  lag: Lag;
  host: Device;
  cabledMembers: number;
  /** How many cabled members land on a switch. */
  landed: number;
  /** The distinct switches the legs land on, in order of first appearance (usually 1 or 2). */
  switches: Device[];
}

/** Server and firewall bonds, with where their cabled members land; computed once, shared. */
export function hostBonds(topo: Topology): BondLanding[] {
  return topo.memo('hostBonds', () => {
    const out: BondLanding[] = [];
    for (const lag of topo.design.lags) {
      const members = topo.membersOf(lag);
      const host = members[0]?.device;
      if (!host || !isHost(host)) continue;
      const switches: Device[] = [];
      let cabledMembers = 0;
      let landed = 0;
      for (const member of members) {
        const peer = topo.peerOf(member);
        if (!peer) continue;
        cabledMembers++;
        if (!isSwitch(peer.device)) continue;
        landed++;
        if (!switches.includes(peer.device)) switches.push(peer.device);
      }
      out.push({ lag, host, cabledMembers, landed, switches });
    }
    return out;
  });
}
