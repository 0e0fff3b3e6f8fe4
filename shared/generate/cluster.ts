import type { Cluster, Device, Network } from '../model';
import { hostPart } from '../topology/ip';
import type { DesignIndex, Facts } from './facts';

/**
 * corosync.conf as `pvecm create` and the `pvecm add` of every other node leave it
 * (pve-cluster, PVE/Corosync.pm): blocks and keys sorted by name, two-space indentation, a blank
 * line after each top-level block, nodes sorted by name, `config_version` 1 after the create and
 * one more per add, and `token_coefficient: 125`, which `pvecm create` writes since pve-cluster
 * 9.1 (Proxmox VE 9; its default for the new option, commit a7b1c76). Older releases leave the
 * line out; the runbook says so.
 */

/** pve-cluster's default for `pvecm create --token-coefficient`. */
export const TOKEN_COEFFICIENT = 125;

export interface ClusterLink {
  link: number;
  priority: number;
}

export interface ClusterNode {
  device: Device;
  nodeid: number;
  /** Address per corosync link number. */
  rings: Map<number, string>;
  /** The address `pvecm add` reaches the first node on (its management address). */
  managementAddress?: string;
}

export interface ClusterPlan {
  cluster: Cluster;
  nodes: ClusterNode[];
  links: ClusterLink[];
  publicNetwork?: string;
  clusterNetwork?: string;
  /**
   * The cluster's migration network, for datacenter.cfg: its id, its CIDR, and the nodes without
   * an address on it (migrations to them fail).
   */
  migration?: { network: string; cidr: string; withoutAddress: string[] };
}

/** pve-cluster: the cluster name is a pve-node name of at most 15 characters. */
const CLUSTER_NAME = /^[A-Za-z][A-Za-z0-9-]{0,13}[A-Za-z0-9]$|^[A-Za-z]$/;

export function planCluster(cluster: Cluster, index: DesignIndex, facts: Facts): ClusterPlan {
  if (!CLUSTER_NAME.test(cluster.name))
    facts.miss({
      device: `cluster ${cluster.id}`,
      field: 'name',
      message: `cluster name "${cluster.name}" must be 1-15 letters, digits or hyphens, a letter first (pvecm create)`,
    });
  const nodes: ClusterNode[] = [];
  const links = new Map<number, number>();
  cluster.nodes.forEach((id, i) => {
    const device = index.device(id);
    if (!device) return;
    const rings = new Map<number, string>();
    let managementAddress: string | undefined;
    for (const a of device.attachments) {
      const network = index.network(a.network);
      if (a.corosync) {
        if (!links.has(a.corosync.link)) links.set(a.corosync.link, a.corosync.priority);
        if (a.address === undefined)
          facts.miss({
            device: device.hostname,
            ...(a.port !== undefined ? { port: a.port } : { port: a.lag! }),
            field: `network ${network?.name ?? a.network}: address`,
            message: `corosync link ${a.corosync.link} has no address on this node (ring${a.corosync.link}_addr)`,
          });
        else
          rings.set(
            a.corosync.link,
            hostPart(
              facts.address(
                a.address,
                {
                  device: device.hostname,
                  field: `network ${network?.name ?? a.network}: address`,
                },
                'address',
              ),
            ),
          );
      }
      if (network?.role === 'management' && a.address !== undefined && !managementAddress)
        managementAddress = hostPart(a.address);
    }
    nodes.push({
      device,
      nodeid: i + 1,
      rings,
      ...(managementAddress !== undefined ? { managementAddress } : {}),
    });
  });
  const linkList = [...links].map(([link, priority]) => ({ link, priority }));
  linkList.sort((a, b) => a.link - b.link);
  if (linkList.length === 0)
    facts.miss({
      device: `cluster ${cluster.name}`,
      field: 'corosync links',
      message: 'no node attachment is marked as a corosync link',
    });
  for (const node of nodes)
    for (const { link } of linkList)
      if (!node.rings.has(link) && !node.device.attachments.some((a) => a.corosync?.link === link))
        facts.miss({
          device: node.device.hostname,
          field: 'attachments',
          message: `no attachment is corosync link ${link}, which the other nodes have`,
        });
  if (nodes[0] && !nodes[0].managementAddress)
    facts.miss({
      device: nodes[0].device.hostname,
      field: 'attachments',
      message: 'the first node needs a management address: the other nodes join through it',
    });

  const plan: ClusterPlan = { cluster, nodes, links: linkList };
  // Without a migration network in datacenter.cfg, Proxmox VE migrates over the cluster network
  // (https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_migration_network). No such
  // network, or one without a CIDR, adds nothing: the rule migration.on-cluster-network says so.
  const migration = roleNetwork(cluster, index, 'migration');
  if (migration?.cidr !== undefined) {
    const cidr = facts.address(migration.cidr, { device: migration.name, field: 'CIDR' }, 'CIDR');
    const withoutAddress: string[] = [];
    for (const node of nodes)
      if (
        !index
          .attachmentsOf(node.device)
          .some((r) => r.network === migration && r.attachment.address !== undefined)
      )
        withoutAddress.push(node.device.hostname);
    plan.migration = { network: migration.id, cidr, withoutAddress };
  }
  if (cluster.ceph.enabled) {
    const pub = roleNetwork(cluster, index, 'ceph-public');
    const priv = roleNetwork(cluster, index, 'ceph-cluster');
    if (!pub?.cidr)
      facts.miss({
        device: `cluster ${cluster.name}`,
        field: 'Ceph public network',
        message: 'Ceph is enabled but no ceph-public network with a CIDR reaches the nodes',
      });
    else plan.publicNetwork = facts.address(pub.cidr, { device: pub.name, field: 'CIDR' }, 'CIDR');
    if (priv?.cidr)
      plan.clusterNetwork = facts.address(priv.cidr, { device: priv.name, field: 'CIDR' }, 'CIDR');
    if (cluster.ceph.monitors.length === 0)
      facts.miss({
        device: `cluster ${cluster.name}`,
        field: 'Ceph monitors',
        message: 'Ceph is enabled but no node runs a monitor',
      });
    for (const pool of cluster.ceph.pools)
      if (!/^[A-Za-z0-9_.-]{1,64}$/.test(pool.name))
        facts.miss({
          device: `cluster ${cluster.name}`,
          field: 'Ceph pool name',
          message: `pool name "${pool.name}" may hold only letters, digits, _ . -`,
        });
  }
  return plan;
}

function roleNetwork(
  cluster: Cluster,
  index: DesignIndex,
  role: 'ceph-public' | 'ceph-cluster' | 'migration',
) {
  // The first such network in design order that a node of the cluster is attached to.
  let best: { network: Network; order: number } | undefined;
  for (const id of cluster.nodes) {
    const device = index.device(id);
    if (!device) continue;
    for (const { network } of index.attachmentsOf(device)) {
      if (network.role !== role) continue;
      const order = index.networkOrder.get(network.id)!;
      if (!best || order < best.order) best = { network, order };
    }
  }
  return best?.network;
}

export function corosyncConf(plan: ClusterPlan, header: string): string {
  const nodes = [...plan.nodes].sort((a, b) =>
    a.device.hostname < b.device.hostname ? -1 : a.device.hostname > b.device.hostname ? 1 : 0,
  );
  const lines = [`${header}logging {`, '  debug: off', '  to_syslog: yes', '}', '', 'nodelist {'];
  for (const node of nodes) {
    lines.push(
      '  node {',
      `    name: ${node.device.hostname}`,
      `    nodeid: ${node.nodeid}`,
      '    quorum_votes: 1',
    );
    for (const { link } of plan.links)
      lines.push(`    ring${link}_addr: ${node.rings.get(link) ?? ''}`);
    lines.push('  }');
  }
  lines.push('}', '', 'quorum {', '  provider: corosync_votequorum', '}', '');
  lines.push('totem {', `  cluster_name: ${plan.cluster.name}`);
  lines.push(`  config_version: ${plan.nodes.length}`);
  for (const { link, priority } of plan.links) {
    lines.push('  interface {');
    if (priority) lines.push(`    knet_link_priority: ${priority}`);
    lines.push(`    linknumber: ${link}`, '  }');
  }
  lines.push('  ip_version: ipv4-6', '  link_mode: passive', '  secauth: on');
  lines.push(`  token_coefficient: ${TOKEN_COEFFICIENT}`, '  version: 2', '}', '', '');
  return lines.join('\n');
}

/** The commands that produce that file: create on the first node, add on each other, in order. */
export function pvecmCommands(plan: ClusterPlan): Array<{ host: string; command: string }> {
  const [first, ...rest] = plan.nodes;
  if (!first) return [];
  const create =
    `pvecm create ${plan.cluster.name}` +
    plan.links
      .map(
        ({ link, priority }) =>
          ` --link${link} ${first.rings.get(link) ?? ''}${priority ? `,priority=${priority}` : ''}`,
      )
      .join('');
  return [
    { host: first.device.hostname, command: create },
    ...rest.map((node) => ({
      host: node.device.hostname,
      command:
        `pvecm add ${first.managementAddress ?? ''}` +
        plan.links.map(({ link }) => ` --link${link} ${node.rings.get(link) ?? ''}`).join(''),
    })),
  ];
}

/** Pool size and min_size for `pveceph init`: the design's first pool, else Ceph's 3 / 2. */
function poolDefaults(cluster: Cluster): { size: number; minSize: number } {
  const pool = cluster.ceph.pools[0];
  return pool ? { size: pool.size, minSize: pool.minSize } : { size: 3, minSize: 2 };
}

/**
 * The Ceph commands in order: init, monitors, extra managers, OSDs, then pools (a pool on a
 * cluster without OSDs never leaves HEALTH_WARN). The first `pveceph mon create` also makes a
 * manager on that node (pve-manager PVE/API2/Ceph/MON.pm creates an mgr with the first monitor,
 * https://git.proxmox.com/?p=pve-manager.git;a=blob;f=PVE/API2/Ceph/MON.pm), so a second
 * `pveceph mgr create` there would fail: managers are only made on the other nodes.
 * OSDs: `pveceph osd create <device>` per OSD disk of each node
 * (https://pve.proxmox.com/pve-docs/pveceph.1.html). The design knows a disk's name, not always
 * its device path: without one the command says /dev/sdX (/dev/nvmeXnY for NVMe, which the kernel
 * names so) and `disk` names the disk to find.
 */
export function pvecephCommands(
  plan: ClusterPlan,
  index: DesignIndex,
): Array<{ host: string; command: string; disk?: string }> {
  const { cluster } = plan;
  if (!cluster.ceph.enabled || !plan.publicNetwork || !plan.nodes[0]) return [];
  const { size, minSize } = poolDefaults(cluster);
  const first = plan.nodes[0].device.hostname;
  const out: Array<{ host: string; command: string; disk?: string }> = [
    {
      host: first,
      command:
        `pveceph init --network ${plan.publicNetwork}` +
        (plan.clusterNetwork ? ` --cluster-network ${plan.clusterNetwork}` : '') +
        ` --size ${size} --min_size ${minSize}`,
    },
  ];
  for (const id of cluster.ceph.monitors)
    out.push({ host: index.hostname(id), command: 'pveceph mon create' });
  const firstMonitor = cluster.ceph.monitors[0];
  for (const id of cluster.ceph.managers)
    if (id !== firstMonitor) out.push({ host: index.hostname(id), command: 'pveceph mgr create' });
  for (const node of plan.nodes)
    for (const disk of node.device.server?.disks ?? []) {
      if (disk.role !== 'osd') continue;
      const path = disk.name && DEVICE_PATH.test(disk.name) ? disk.name : undefined;
      out.push({
        host: node.device.hostname,
        command: `pveceph osd create ${path ?? placeholderDevice(disk.media)}`,
        ...(path
          ? {}
          : {
              disk: disk.name ?? `${disk.capacityGB} GB ${disk.media}`,
            }),
      });
    }
  for (const pool of cluster.ceph.pools)
    out.push({
      host: first,
      command: `pveceph pool create ${pool.name} --size ${pool.size} --min_size ${pool.minSize} --add_storages`,
    });
  return out;
}

/** Where the device path is unknown: a placeholder of the kind's naming that no disk has. */
function placeholderDevice(media: string): string {
  return media === 'nvme' ? '/dev/nvmeXnY' : '/dev/sdX';
}

/** A disk name that is a device path the runbook may write into a command. */
const DEVICE_PATH = /^\/dev\/[A-Za-z0-9][A-Za-z0-9/_.:-]*$/;

/** The [global] network lines `pveceph init` leaves in /etc/pve/ceph.conf (tab, key = value, sorted). */
export function cephGlobal(plan: ClusterPlan, header: string): string {
  const { size, minSize } = poolDefaults(plan.cluster);
  const pub = plan.publicNetwork ?? '';
  return (
    `${header}[global]\n` +
    `\tcluster_network = ${plan.clusterNetwork ?? pub}\n` +
    `\tosd_pool_default_min_size = ${minSize}\n` +
    `\tosd_pool_default_size = ${size}\n` +
    `\tpublic_network = ${pub}\n`
  );
}
