import type { Attachment, Device, Lag, Network } from '../model';
import type { PortIndex, ResolvedAttachment, Topology } from '../topology';

/** A node's corosync link: one of its attachments with a corosync link number. */
export class CorosyncLink {
  constructor(readonly resolved: ResolvedAttachment) {}
  /** The bond it rides on, if any. */
  get lag(): Lag | undefined {
    return this.resolved.lag;
  }
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
  get ports(): readonly PortIndex[] {
    return this.resolved.ports;
  }
}

/** A cluster node with its corosync links. */
export interface CorosyncNode {
  node: Device;
  links: readonly CorosyncLink[];
}

/** Every cluster node once, in design order, with its corosync links (shared by the corosync rules). */
export function corosyncNodes(topo: Topology): readonly CorosyncNode[] {
  return topo.memo('corosyncNodes', () => {
    const nodes: CorosyncNode[] = [];
    for (let i = 0; i < topo.design.devices.length; i++) {
      const node = topo.design.devices[i]!;
      if (!topo.inCluster(node)) continue;
      const attachments = topo.attachmentsOf(node);
      let count = 0;
      for (let j = 0; j < attachments.length; j++) if (attachments[j]!.attachment.corosync) count++;
      const links = new Array<CorosyncLink>(count);
      count = 0;
      for (let j = 0; j < attachments.length; j++)
        if (attachments[j]!.attachment.corosync) links[count++] = new CorosyncLink(attachments[j]!);
      nodes.push({ node, links });
    }
    return nodes;
  });
}

/** Highest priority wins; on a tie the lower link number (corosync's knet link selection). */
export function primaryLink(links: readonly CorosyncLink[]): CorosyncLink | undefined {
  let best: CorosyncLink | undefined;
  for (const l of links) {
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
  const { ports } = link;
  for (let i = 0; i < ports.length; i++) if (topo.carriesRole(ports[i]!, roles)) return true;
  return false;
}

export const STORAGE_ROLES = new Set(['ceph-public', 'ceph-cluster', 'migration']);
export const BUSY_ROLES = new Set(['ceph-public', 'ceph-cluster', 'migration', 'vm']);

/** Networks riding on any of these physical ports. */
export function networksOn(topo: Topology, ports: readonly PortIndex[]): Network[] {
  return ports.flatMap((p) => topo.carriedBy(p).map((r) => r.network));
}

export const linkName = (l: CorosyncLink) => `link ${l.link} (${l.network.name})`;
