import { BUILTIN_CATALOG } from '../catalog';
import type { Catalog } from '../catalog';
import type { Cluster, Design, Device, Disk, DiskMedia, ResolvedThresholds } from '../model';
import { resolveThresholds } from '../model/thresholds';
import type { ResolvedAttachment, Topology } from '../topology';
import { buildTopology } from '../topology';

/** Network rates are decimal: 1 Gbps = 125 MB/s (as network rates are sold). */
export const MBPS_PER_GBPS = 125;
const TIB = 1024 ** 4;

const osdCache = new WeakMap<object, Disk[]>();

/** A node's OSD disks; cached per disk list, as every Ceph rule asks for them. */
export function osdDisks(node: Device): Disk[] {
  const disks = node.server?.disks;
  if (!disks) return [];
  let osds = osdCache.get(disks);
  if (!osds) osdCache.set(disks, (osds = disks.filter((d) => d.role === 'osd')));
  return osds;
}

/** Capacity in TiB of a disk sold in decimal GB. */
export const diskTiB = (d: Disk) => (d.capacityGB * 1e9) / TIB;

export interface NodeSizing {
  nodeId: string;
  hostname: string;
  osds: number;
  /** RAM left for the host and Ceph after planned guests, and what they need (GiB). */
  ram: { haveGiB: number; needGiB: number };
  cpu: { haveThreads: number; needThreads: number };
  /** Bandwidth of the interface carrying the Ceph cluster network (public if none), MB/s. */
  network: { haveMBps: number | null; needMBps: number; network?: string; ports: string[] };
}

export interface DiskTypeBudget {
  media: DiskMedia;
  disks: number;
  /** Median write throughput of this type's OSDs (MB/s, used as MiB/s per the brief). */
  writeMBps: number;
  /** VMs one such disk can serve at the cluster's IOPS per VM, rounded down. */
  vmsPerDisk: number;
}

export interface ClusterSizing {
  clusterId: string;
  name: string;
  nodes: NodeSizing[];
  iops: {
    plannedVms: number;
    iopsPerVm: number;
    poolSize: number;
    /** plannedVms x IOPS per VM x 16 KiB, in MiB/s. */
    demandMiBps: number;
    /** Sum of OSD write throughput / pool size, in MiB/s. */
    capacityMiBps: number;
    byDiskType: DiskTypeBudget[];
  };
}

// Plain loops in the per-node figures: several rules compute them for every node of every
// cluster, and a reduce() callback is a new function object per call.
/**
 * RAM a Ceph node needs for host, MON and MGR plus its OSDs: each OSD at least the Proxmox VE
 * recommendation (8 GiB, bursts included), a large one 1 GiB per TiB plus its bursts.
 */
export function nodeRamNeedGiB(node: Device, th: ResolvedThresholds): number {
  let sum = th.cephHostBaseGiB;
  for (const d of osdDisks(node))
    sum += Math.max(th.cephOsdMinGiB, th.cephOsdGiBPerTiB * diskTiB(d) + th.cephOsdBurstGiB);
  return sum;
}

export function nodeThreadNeed(node: Device, cluster: Cluster, th: ResolvedThresholds): number {
  const daemons =
    (cluster.ceph.monitors.includes(node.id) ? 1 : 0) +
    (cluster.ceph.managers.includes(node.id) ? 1 : 0);
  let osds = 0;
  for (const d of osdDisks(node))
    osds += d.media === 'nvme' ? th.cephThreadsPerNvmeOsd : th.cephThreadsPerOsd;
  return daemons + osds + (node.server?.plannedGuestVcpus ?? 0);
}

const onCephCluster = (r: ResolvedAttachment) => r.network.role === 'ceph-cluster';
const onCephPublic = (r: ResolvedAttachment) => r.network.role === 'ceph-public';

/** The node's attachment carrying Ceph replication: the cluster network, else the public one. */
export function cephInterface(node: Device, topo: Topology): ResolvedAttachment | undefined {
  const attachments = topo.attachmentsOf(node);
  return attachments.find(onCephCluster) ?? attachments.find(onCephPublic);
}

/** Bandwidth of an interface in MB/s: its cabled links' speeds added up, null if none is up. */
export function interfaceMBps(
  iface: ResolvedAttachment | undefined,
  topo: Topology,
): number | null {
  let gbps: number | null = null;
  const ports = iface?.ports ?? [];
  for (let i = 0; i < ports.length; i++) {
    const speed = topo.portSpeed(ports[i]!);
    if (speed !== null) gbps = (gbps ?? 0) + speed;
  }
  return gbps === null ? null : gbps * MBPS_PER_GBPS;
}

export function fastestOsdMBps(node: Device): number {
  let fastest = 0;
  const osds = osdDisks(node);
  for (let i = 0; i < osds.length; i++) fastest = Math.max(fastest, osds[i]!.writeMBps);
  return fastest;
}
export const ramAfterGuestsGiB = (node: Device) =>
  (node.server?.ramGiB ?? 0) - (node.server?.plannedGuestRamGiB ?? 0);

export function nodeSizing(
  node: Device,
  cluster: Cluster,
  topo: Topology,
  th: ResolvedThresholds,
): NodeSizing {
  const iface = cephInterface(node, topo);
  return {
    nodeId: node.id,
    hostname: node.hostname,
    osds: osdDisks(node).length,
    ram: { haveGiB: ramAfterGuestsGiB(node), needGiB: nodeRamNeedGiB(node, th) },
    cpu: {
      haveThreads: node.server?.cpuThreads ?? 0,
      needThreads: nodeThreadNeed(node, cluster, th),
    },
    network: {
      haveMBps: interfaceMBps(iface, topo),
      needMBps: 2 * fastestOsdMBps(node),
      ...(iface ? { network: iface.network.name } : {}),
      ports: iface?.ports.map((p) => topo.portOf(p).name) ?? [],
    },
  };
}

export function poolSize(cluster: Cluster): number {
  return cluster.ceph.pools.reduce((m, p) => Math.max(m, p.size), 0) || 3;
}

/** MiB/s one VM asks for: its IOPS at the I/O size of the brief. */
const perVmMiBps = (cluster: Cluster, th: ResolvedThresholds) =>
  (cluster.iopsPerVm * th.cephIoSizeKiB) / 1024;

/** A cluster's IOPS demand next to what its OSDs can write, without the per-type breakdown. */
export function iopsTotals(
  cluster: Cluster,
  nodes: readonly Device[],
  th: ResolvedThresholds,
): Omit<ClusterSizing['iops'], 'byDiskType'> {
  const size = poolSize(cluster);
  let writeMBps = 0;
  for (const node of nodes) for (const d of osdDisks(node)) writeMBps += d.writeMBps;
  return {
    plannedVms: cluster.plannedVms,
    iopsPerVm: cluster.iopsPerVm,
    poolSize: size,
    demandMiBps: cluster.plannedVms * perVmMiBps(cluster, th),
    capacityMiBps: writeMBps / size,
  };
}

export function clusterIops(
  cluster: Cluster,
  nodes: readonly Device[],
  th: ResolvedThresholds,
): ClusterSizing['iops'] {
  const perVm = perVmMiBps(cluster, th);
  const byType = new Map<DiskMedia, number[]>();
  for (const d of nodes.flatMap(osdDisks)) {
    const rates = byType.get(d.media);
    if (rates) rates.push(d.writeMBps);
    else byType.set(d.media, [d.writeMBps]);
  }
  return {
    ...iopsTotals(cluster, nodes, th),
    byDiskType: [...byType].map(([media, rates]) => {
      const sorted = [...rates].sort((a, b) => a - b);
      const writeMBps = sorted[Math.floor(sorted.length / 2)]!;
      return {
        media,
        disks: rates.length,
        writeMBps,
        vmsPerDisk: perVm > 0 ? Math.floor(writeMBps / perVm) : Infinity,
      };
    }),
  };
}

/** Ceph sizing figures per Ceph-enabled cluster, for rules and the UI. */
export function cephSizing(design: Design, catalog: Catalog = BUILTIN_CATALOG): ClusterSizing[] {
  const topo = buildTopology(design, catalog);
  const th = resolveThresholds(design.thresholds);
  return design.clusters
    .filter((c) => c.ceph.enabled)
    .map((cluster) => {
      const nodes = cluster.nodes
        .map((id) => topo.device(id))
        .filter((d): d is Device => d !== undefined);
      return {
        clusterId: cluster.id,
        name: cluster.name,
        nodes: nodes.map((n) => nodeSizing(n, cluster, topo, th)),
        iops: clusterIops(cluster, nodes, th),
      };
    });
}
