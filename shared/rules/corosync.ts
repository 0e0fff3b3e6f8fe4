import type { Attachment, Device, Lag, Network } from '../model';
import type { PortInfo, Topology } from './topology';

export interface CorosyncLink {
  node: Device;
  attachment: Attachment;
  network: Network;
  link: number;
  priority: number;
  ports: readonly PortInfo[];
  lag: Lag | undefined;
}

/** Every cluster node's corosync links (attachments with a corosync link number). */
export function corosyncLinks(topo: Topology): Map<string, CorosyncLink[]> {
  const out = new Map<string, CorosyncLink[]>();
  for (const cluster of topo.design.clusters) {
    for (const id of cluster.nodes) {
      const node = topo.device(id);
      if (!node || out.has(id)) continue;
      const links: CorosyncLink[] = [];
      for (const { attachment, network, ports } of topo.attachmentsOf(node)) {
        if (!attachment.corosync) continue;
        links.push({
          node,
          attachment,
          network,
          link: attachment.corosync.link,
          priority: attachment.corosync.priority,
          ports,
          lag: attachment.lag === undefined ? undefined : topo.lag(attachment.lag),
        });
      }
      out.set(id, links);
    }
  }
  return out;
}

/** Highest priority wins; on a tie the lower link number (domain brief §6). */
export function primaryLink(links: CorosyncLink[]): CorosyncLink | undefined {
  let best: CorosyncLink | undefined;
  for (const l of links) {
    if (!best || l.priority > best.priority || (l.priority === best.priority && l.link < best.link))
      best = l;
  }
  return best;
}

/** Does any of these ports carry a network with one of these roles? */
export function carriesRole(ports: readonly PortInfo[], roles: ReadonlySet<string>): boolean {
  return ports.some((p) => p.carried.some((r) => roles.has(r.network.role)));
}

export const STORAGE_ROLES = new Set(['ceph-public', 'ceph-cluster', 'migration']);
export const BUSY_ROLES = new Set(['ceph-public', 'ceph-cluster', 'migration', 'vm']);

/** Networks riding on any of these physical ports. */
export function networksOn(ports: readonly PortInfo[]): Network[] {
  return ports.flatMap((p) => p.carried.map((r) => r.network));
}

export const linkName = (l: CorosyncLink) => `link ${l.link} (${l.network.name})`;
