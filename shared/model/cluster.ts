import { z } from 'zod';
import { Id } from './ids';

export const CephPool = z.strictObject({
  name: z.string(),
  size: z.int().positive(),
  minSize: z.int().positive(),
});
export type CephPool = z.infer<typeof CephPool>;

export const CephSettings = z.strictObject({
  enabled: z.boolean(),
  monitors: z.array(Id).default([]).describe('ids of nodes running a MON'),
  managers: z.array(Id).default([]).describe('ids of nodes running a MGR'),
  pools: z.array(CephPool).default([]),
});
export type CephSettings = z.infer<typeof CephSettings>;

export const Cluster = z.strictObject({
  id: Id,
  name: z.string(),
  domain: z.string(),
  nodes: z.array(Id),
  qdevice: z.boolean().default(false),
  ceph: CephSettings.default({ enabled: false, monitors: [], managers: [], pools: [] }),
  plannedVms: z.int().nonnegative().default(0),
  iopsPerVm: z.int().nonnegative().default(1000),
});
export type Cluster = z.infer<typeof Cluster>;
