import type { Cluster, Device } from '../model';
import type { Topology } from '../topology';

export interface CephCluster {
  cluster: Cluster;
  nodes: Device[];
}

/** Clusters with Ceph enabled, with their node devices. */
export function cephClusters(topo: Topology): CephCluster[] {
  return topo.memo('cephClusters', () =>
    topo.design.clusters
      .filter((c) => c.ceph.enabled)
      .map((cluster) => ({
        cluster,
        nodes: cluster.nodes
          .map((id) => topo.device(id))
          .filter((d): d is Device => d !== undefined),
      })),
  );
}

export const SSD_MEDIA = new Set(['sata-ssd', 'sas-ssd', 'nvme']);
export const CONTROLLER_MEDIA = new Set(['hdd', 'sata-ssd', 'sas-ssd']);
