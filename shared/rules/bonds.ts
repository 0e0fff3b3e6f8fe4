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
      // Usually one or two switches: held apart first, so the list is made at its exact size.
      let first: Device | undefined;
      let second: Device | undefined;
      let more: Device[] | undefined;
      let cabledMembers = 0;
      let landed = 0;
      for (const member of members) {
        const peer = topo.peerOf(member);
        if (!peer) continue;
        cabledMembers++;
        const device = peer.device;
        if (!isSwitch(device)) continue;
        landed++;
        if (!first) first = device;
        else if (device === first) continue;
        else if (!second) second = device;
        else if (device !== second && !more?.includes(device)) (more ??= []).push(device);
      }
      const switches = !first ? [] : !second ? [first] : [first, second, ...(more ?? [])];
      out.push({ lag, host, cabledMembers, landed, switches });
    }
    return out;
  });
}
