import type { Topology } from '../topology';
import type { ClusterNodes } from './clusters';
import { clusterNodes } from './clusters';

export type CephCluster = ClusterNodes;

/** Clusters with Ceph enabled, with their node devices. */
export function cephClusters(topo: Topology): readonly CephCluster[] {
  return topo.memo('cephClusters', () => clusterNodes(topo).filter((c) => c.cluster.ceph.enabled));
}

export const SSD_MEDIA = new Set(['sata-ssd', 'sas-ssd', 'nvme']);
export const CONTROLLER_MEDIA = new Set(['hdd', 'sata-ssd', 'sas-ssd']);
