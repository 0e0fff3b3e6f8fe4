import type { Device, Lag } from '../model';
import type { Topology } from './topology';
import { isHost, isSwitch } from './topology';

/** A server or firewall bond, with where its cabled members land. */
export class BondLanding {
  /** How many cabled members there are, and how many of them land on a switch. */
  cabledMembers = 0;
  landed = 0;
  /** The distinct switches the legs land on, in order of first appearance: usually 1 or 2. */
  first: Device | undefined;
  second: Device | undefined;
  private more: Device[] | undefined;
  constructor(
    readonly lag: Lag,
    readonly host: Device,
  ) {}
  get switchCount(): number {
    return !this.first ? 0 : !this.second ? 1 : 2 + (this.more?.length ?? 0);
  }
  /** The switches as a list, for messages. */
  get switches(): Device[] {
    if (!this.first) return [];
    return this.second ? [this.first, this.second, ...(this.more ?? [])] : [this.first];
  }
  landsOn(device: Device): void {
    this.landed++;
    if (!this.first) this.first = device;
    else if (device === this.first) return;
    else if (!this.second) this.second = device;
    else if (device !== this.second && !this.more?.includes(device))
      (this.more ??= []).push(device);
  }
}

/** Server and firewall bonds, with where their cabled members land; computed once, shared. */
export function hostBonds(topo: Topology): BondLanding[] {
  return topo.memo('hostBonds', () => {
    const out: BondLanding[] = [];
    const { lags } = topo.design;
    for (let l = 0; l < lags.length; l++) {
      const members = topo.membersOf(lags[l]!);
      const host = members[0]?.device;
      if (!host || !isHost(host)) continue;
      const bond = new BondLanding(lags[l]!, host);
      for (let i = 0; i < members.length; i++) {
        const peer = topo.peerOf(members[i]!);
        if (!peer) continue;
        bond.cabledMembers++;
        if (isSwitch(peer.device)) bond.landsOn(peer.device);
      }
      out.push(bond);
    }
    return out;
  });
}
