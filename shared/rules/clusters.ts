import type { Cluster, Device } from '../model';
import type { Topology } from '../topology';

export interface ClusterNodes {
  cluster: Cluster;
  /** Its node devices that exist, in the cluster's order. */
  nodes: Device[];
}

/** Every cluster with its node devices (shared by the cluster completeness rules). */
export function clusterNodes(topo: Topology): readonly ClusterNodes[] {
  return topo.memo('clusterNodes', () =>
    topo.design.clusters.map((cluster) => ({
      cluster,
      nodes: cluster.nodes.map((id) => topo.device(id)).filter((d): d is Device => d !== undefined),
    })),
  );
}

/** The network roles every node of a cluster needs alike, and an address on. */
export const NODE_NETWORK_ROLES: ReadonlySet<string> = new Set([
  'management',
  'corosync',
  'ceph-public',
  'ceph-cluster',
  'migration',
]);
