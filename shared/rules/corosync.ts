import type { Attachment, Device, Lag, Network } from '../model';
import type { DeviceInfo, PortIndex, ResolvedAttachment, Topology } from '../topology';

/** A node's corosync link: one of its attachments with a corosync link number. */
export class CorosyncLink {
  constructor(
    public resolved: ResolvedAttachment,
    private readonly topo: Topology,
  ) {}
  get node(): Device {
    return this.resolved.device;
  }
  get attachment(): Attachment {
    return this.resolved.attachment;
  }
  get network(): Network {
    return this.resolved.network;
  }
  get link(): number {
    return this.resolved.attachment.corosync!.link;
  }
  get priority(): number {
    return this.resolved.attachment.corosync!.priority;
  }
  /** Its ports as a list, for messages (loops go through `resolved`). */
  get ports(): PortIndex[] {
    return this.resolved.ports;
  }
  /** The bond it rides on, if any. */
  get lag(): Lag | undefined {
    const id = this.resolved.attachment.lag;
    return id === undefined ? undefined : this.topo.lagOf(this.node.id, id);
  }
}

/**
 * A cluster node's corosync links during a walk (`eachCorosyncNode`). The records are reused from
 * node to node, so a walk over 1,000 nodes allocates nothing per node: read them during the
 * visit, and copy with `toArray()` what a finding keeps.
 */
export class CorosyncLinks {
  private count = 0;
  private readonly records: CorosyncLink[] = [];
  constructor(private readonly topo: Topology) {}
  get length(): number {
    return this.count;
  }
  at(i: number): CorosyncLink {
    return this.records[i]!;
  }
  toArray(): CorosyncLink[] {
    return this.records.slice(0, this.count).map((l) => new CorosyncLink(l.resolved, this.topo));
  }
  /** Every link rides on that port alone (or on none). */
  allOnlyOn(port: PortIndex): boolean {
    for (let i = 0; i < this.count; i++) if (!this.records[i]!.resolved.onlyOn(port)) return false;
    return true;
  }
  /** All links have one and the same link number. */
  sameLinkNumber(): boolean {
    for (let i = 1; i < this.count; i++)
      if (this.records[i]!.link !== this.records[0]!.link) return false;
    return true;
  }
  /** Refills with a node's attachments that carry a corosync link number. */
  fill(node: DeviceInfo): void {
    this.count = 0;
    for (let i = 0; i < node.attachmentCount; i++) {
      const r = node.attachmentAt(i);
      if (!r.attachment.corosync) continue;
      const record = this.records[this.count];
      if (record) record.resolved = r;
      else this.records.push(new CorosyncLink(r, this.topo));
      this.count++;
    }
  }
}

/** Visits each cluster node once, in design order, with its corosync links. */
export function eachCorosyncNode(topo: Topology, visit: (links: CorosyncLinks) => void): void {
  const links = new CorosyncLinks(topo);
  const { devices } = topo.design;
  for (let d = 0; d < devices.length; d++) {
    // A node listed twice, or a device repeating a node's id, is visited once.
    const info = topo.deviceInfoAt(d);
    if (!info?.inCluster) continue;
    links.fill(info);
    visit(links);
  }
}

/** Highest priority wins; on a tie the lower link number (domain brief §6). */
export function primaryLink(links: CorosyncLinks): CorosyncLink | undefined {
  let best: CorosyncLink | undefined;
  for (let i = 0; i < links.length; i++) {
    const l = links.at(i);
    if (!best || l.priority > best.priority || (l.priority === best.priority && l.link < best.link))
      best = l;
  }
  return best;
}

/** Does a port of this link carry a network with one of these roles? */
export function carriesRole(
  topo: Topology,
  link: CorosyncLink,
  roles: ReadonlySet<string>,
): boolean {
  const { resolved } = link;
  for (let i = 0; i < resolved.portCount; i++)
    if (topo.carriesRole(resolved.portAt(i), roles)) return true;
  return false;
}

export const STORAGE_ROLES = new Set(['ceph-public', 'ceph-cluster', 'migration']);
export const BUSY_ROLES = new Set(['ceph-public', 'ceph-cluster', 'migration', 'vm']);

/** Networks riding on any of these physical ports. */
export function networksOn(topo: Topology, ports: readonly PortIndex[]): Network[] {
  return ports.flatMap((p) => topo.carriedBy(p).map((r) => r.network));
}

export const linkName = (l: CorosyncLink) => `link ${l.link} (${l.network.name})`;
