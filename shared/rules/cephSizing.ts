import { BUILTIN_CATALOG } from '../catalog';
import type { Catalog } from '../catalog';
import type { Cluster, Design, Device, Disk, DiskMedia, ResolvedThresholds } from '../model';
import { resolveThresholds } from '../model/thresholds';
import type { PortInfo } from './topology';
import { Topology } from './topology';

/** Network rates are decimal: 1 Gbps = 125 MB/s (domain brief §3). */
export const MBPS_PER_GBPS = 125;
const TIB = 1024 ** 4;

export const osdDisks = (node: Device): Disk[] =>
  node.server?.disks.filter((d) => d.role === 'osd') ?? [];

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

export function nodeRamNeedGiB(node: Device, th: ResolvedThresholds): number {
  return osdDisks(node).reduce(
    (sum, d) =>
      sum + Math.max(th.cephOsdMinGiB, th.cephOsdGiBPerTiB * diskTiB(d)) + th.cephOsdBurstGiB,
    th.cephHostBaseGiB,
  );
}

export function nodeThreadNeed(node: Device, cluster: Cluster, th: ResolvedThresholds): number {
  const daemons =
    (cluster.ceph.monitors.includes(node.id) ? 1 : 0) +
    (cluster.ceph.managers.includes(node.id) ? 1 : 0);
  const osds = osdDisks(node).reduce(
    (n, d) => n + (d.media === 'nvme' ? th.cephThreadsPerNvmeOsd : th.cephThreadsPerOsd),
    0,
  );
  return daemons + osds + (node.server?.plannedGuestVcpus ?? 0);
}

/** The node's interface carrying Ceph replication: the cluster network, else the public one. */
export function cephInterface(
  node: Device,
  topo: Topology,
): { ports: PortInfo[]; network?: string } {
  const find = (role: string) => topo.attachmentsOf(node).find((r) => r.network.role === role);
  const resolved = find('ceph-cluster') ?? find('ceph-public');
  return resolved ? { ports: resolved.ports, network: resolved.network.name } : { ports: [] };
}

export function nodeSizing(
  node: Device,
  cluster: Cluster,
  topo: Topology,
  th: ResolvedThresholds,
): NodeSizing {
  const osds = osdDisks(node);
  const iface = cephInterface(node, topo);
  const speeds = iface.ports.map((p) => topo.portSpeed(p)).filter((s): s is number => s !== null);
  const fastest = osds.reduce((m, d) => Math.max(m, d.writeMBps), 0);
  return {
    nodeId: node.id,
    hostname: node.hostname,
    osds: osds.length,
    ram: {
      haveGiB: (node.server?.ramGiB ?? 0) - (node.server?.plannedGuestRamGiB ?? 0),
      needGiB: nodeRamNeedGiB(node, th),
    },
    cpu: {
      haveThreads: node.server?.cpuThreads ?? 0,
      needThreads: nodeThreadNeed(node, cluster, th),
    },
    network: {
      haveMBps: speeds.length === 0 ? null : speeds.reduce((a, b) => a + b, 0) * MBPS_PER_GBPS,
      needMBps: 2 * fastest,
      ...(iface.network !== undefined ? { network: iface.network } : {}),
      ports: iface.ports.map((p) => p.port.name),
    },
  };
}

export function poolSize(cluster: Cluster): number {
  return cluster.ceph.pools.reduce((m, p) => Math.max(m, p.size), 0) || 3;
}

export function clusterIops(
  cluster: Cluster,
  nodes: Device[],
  th: ResolvedThresholds,
): ClusterSizing['iops'] {
  const perVmMiBps = (cluster.iopsPerVm * th.cephIoSizeKiB) / 1024;
  const disks = nodes.flatMap(osdDisks);
  const size = poolSize(cluster);
  const byType = new Map<DiskMedia, number[]>();
  for (const d of disks) byType.set(d.media, [...(byType.get(d.media) ?? []), d.writeMBps]);
  return {
    plannedVms: cluster.plannedVms,
    iopsPerVm: cluster.iopsPerVm,
    poolSize: size,
    demandMiBps: cluster.plannedVms * perVmMiBps,
    capacityMiBps: disks.reduce((s, d) => s + d.writeMBps, 0) / size,
    byDiskType: [...byType].map(([media, rates]) => {
      const sorted = [...rates].sort((a, b) => a - b);
      const writeMBps = sorted[Math.floor(sorted.length / 2)]!;
      return {
        media,
        disks: rates.length,
        writeMBps,
        vmsPerDisk: perVmMiBps > 0 ? Math.floor(writeMBps / perVmMiBps) : Infinity,
      };
    }),
  };
}

/** Ceph sizing figures per Ceph-enabled cluster (domain brief §4), for rules and the UI. */
export function cephSizing(design: Design, catalog: Catalog = BUILTIN_CATALOG): ClusterSizing[] {
  const topo = new Topology(design, catalog);
  const th = resolveThresholds(design.thresholds);
  return design.clusters
    .filter((c) => c.ceph.enabled)
    .map((cluster) => {
      const nodes = cluster.nodes
        .map((id) => topo.devices.get(id))
        .filter((d): d is Device => d !== undefined);
      return {
        clusterId: cluster.id,
        name: cluster.name,
        nodes: nodes.map((n) => nodeSizing(n, cluster, topo, th)),
        iops: clusterIops(cluster, nodes, th),
      };
    });
}
