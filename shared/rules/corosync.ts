import type { Attachment, Device, Lag, Network } from '../model';
import type { PortInfo, ResolvedAttachment, Topology } from './topology';

/** A node's corosync link: one of its attachments with a corosync link number. */
export class CorosyncLink {
  constructor(
    readonly resolved: ResolvedAttachment,
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
  get ports(): readonly PortInfo[] {
    return this.resolved.ports;
  }
  /** The bond it rides on, if any. */
  get lag(): Lag | undefined {
    const id = this.resolved.attachment.lag;
    return id === undefined ? undefined : this.topo.lagOf(this.node.id, id);
  }
}

/**
 * Every cluster node's corosync links (attachments with a corosync link number), one list per
 * node; computed once per validation and shared by the corosync rules.
 */
export function corosyncLinks(topo: Topology): readonly CorosyncLink[][] {
  return topo.memo('corosyncLinks', () => {
    const out: CorosyncLink[][] = [];
    // Each cluster node once (a node listed twice is its own finding), in design order.
    const { devices } = topo.design;
    for (let d = 0; d < devices.length; d++) {
      const node = devices[d]!;
      if (!topo.deviceInfo(node.id)?.inCluster || topo.device(node.id) !== node) continue;
      const attachments = topo.attachmentsOf(node);
      let count = 0;
      for (let i = 0; i < attachments.length; i++) if (attachments[i]!.attachment.corosync) count++;
      // Made at its exact size: a list grown by push starts with room for 16.
      const links = new Array<CorosyncLink>(count);
      count = 0;
      for (let i = 0; i < attachments.length; i++) {
        if (attachments[i]!.attachment.corosync)
          links[count++] = new CorosyncLink(attachments[i]!, topo);
      }
      out.push(links);
    }
    return out;
  });
}

/** Highest priority wins; on a tie the lower link number (domain brief §6). */
export function primaryLink(links: CorosyncLink[]): CorosyncLink | undefined {
  let best: CorosyncLink | undefined;
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!;
    if (!best || l.priority > best.priority || (l.priority === best.priority && l.link < best.link))
      best = l;
  }
  return best;
}

/** Does any of these ports carry a network with one of these roles? */
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
export function networksOn(topo: Topology, ports: readonly PortInfo[]): Network[] {
  return ports.flatMap((p) => topo.carriedBy(p).map((r) => r.network));
}

export const linkName = (l: CorosyncLink) => `link ${l.link} (${l.network.name})`;
