import type { Lag } from '../model';

/**
 * Bond modes that spread one flow's packets or flows over all members as one logical link:
 * they need one switch or an MLAG pair, equal member speeds and a matching switch-side LAG.
 * active-backup, balance-tlb and balance-alb are made to span independent switches.
 */
export const AGGREGATING_MODES: ReadonlySet<string> = new Set([
  'lacp',
  'static',
  'balance-rr',
  'balance-xor',
]);

export const isAggregating = (lag: Lag): boolean => AGGREGATING_MODES.has(lag.mode);

/** The networks "uplink" rules judge: what a port carries, not its role (1G for management is right). */
export const SERVICE_TRAFFIC: ReadonlySet<string> = new Set([
  'vm',
  'ceph-public',
  'ceph-cluster',
  'migration',
]);
