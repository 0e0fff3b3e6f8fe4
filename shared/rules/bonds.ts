import type { Device, Lag } from '../model';
import type { Topology } from '../topology';
import { isHost, isSwitch } from '../topology';

/**
 * A server or firewall bond, with where its cabled members land. One is refilled for each bond
 * of a walk (see `eachHostBond`): a list of 2,000 of them was the largest thing two rules made.
 */
export class BondLanding {
  lag!: Lag;
  host!: Device;
  /** How many cabled members there are, and how many of them land on a switch. */
  cabledMembers = 0;
  landed = 0;
  /** The distinct switches the legs land on, in order of first appearance: usually 1 or 2. */
  first: Device | undefined;
  second: Device | undefined;
  private more: Device[] | undefined;

  get switchCount(): number {
    return !this.first ? 0 : !this.second ? 1 : 2 + (this.more?.length ?? 0);
  }
  /** The switches as a list, for messages. */
  get switches(): Device[] {
    if (!this.first) return [];
    return this.second ? [this.first, this.second, ...(this.more ?? [])] : [this.first];
  }

  /** Reads `design.lags[l]` into this record; false when it is not a server's or firewall's bond. */
  fill(topo: Topology, l: number): boolean {
    const members = topo.memberCount(l);
    const host = members > 0 ? topo.deviceOf(topo.memberAt(l, 0)) : undefined;
    if (!host || !isHost(host)) return false;
    this.lag = topo.design.lags[l]!;
    this.host = host;
    this.cabledMembers = 0;
    this.landed = 0;
    this.first = this.second = this.more = undefined;
    for (let i = 0; i < members; i++) {
      const peer = topo.peerOf(topo.memberAt(l, i));
      if (peer === undefined) continue;
      this.cabledMembers++;
      const device = topo.deviceOf(peer);
      if (isSwitch(device)) this.landsOn(device);
    }
    return true;
  }

  private landsOn(device: Device): void {
    this.landed++;
    if (!this.first) this.first = device;
    else if (device === this.first) return;
    else if (!this.second) this.second = device;
    else if (device !== this.second && !this.more?.includes(device))
      (this.more ??= []).push(device);
  }
}

/** Visits every server and firewall bond with where its legs land, in design order. */
export function eachHostBond(topo: Topology, visit: (bond: BondLanding) => void): void {
  const bond = new BondLanding();
  for (let l = 0; l < topo.design.lags.length; l++) if (bond.fill(topo, l)) visit(bond);
}
