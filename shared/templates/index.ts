import type { Design } from '../model';
import { CURRENT_SCHEMA_VERSION } from '../model/design';
import { DEFAULT_THRESHOLDS } from '../model/thresholds';
import { buildPveHci } from './pveHci';

export interface TemplateInfo {
  name: string;
  title: string;
  description: string;
  build(): Design;
}

export const DEFAULT_TEMPLATE = 'pve-hci-3node';

export const TEMPLATES: readonly TemplateInfo[] = [
  {
    name: 'pve-hci-3node',
    title: 'PVE HCI, 3 nodes (reference)',
    description:
      'The smallest sound HCI design: firewall HA pair, MLAG core pair, management switch, 3 PVE nodes with 2 x 25G LACP and Ceph.',
    build: () => buildPveHci({ nodes: 3, storageNics: false, name: 'PVE HCI reference (3 nodes)' }),
  },
  {
    name: 'pve-hci-5node-storage',
    title: 'PVE HCI, 5 nodes, separate storage NICs',
    description:
      '5 PVE nodes; the Ceph cluster network rides on its own 2 x 25G bond, apart from VM and public traffic.',
    build: () =>
      buildPveHci({ nodes: 5, storageNics: true, name: 'PVE HCI, 5 nodes with storage network' }),
  },
  {
    name: 'empty',
    title: 'Empty design',
    description: 'A blank canvas: place devices from the palette and cable them yourself.',
    build: () => ({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      meta: { name: 'New design', revision: '1', author: '', notes: '' },
      devices: [],
      cables: [],
      lags: [],
      mlagPairs: [],
      haPairs: [],
      networks: [],
      clusters: [],
      suppressions: [],
      thresholds: {},
      layout: { positions: {} },
    }),
  },
];

/** What the "New design" wizard asks; every combination gives a design without errors or warnings. */
export interface WizardOptions {
  nodes: number;
  ceph: boolean;
  storageNics: boolean;
  /** 25 (default) or 100; 100G fits up to FAST_UPLINK_MAX_NODES nodes, without storage NICs. */
  uplinkGbps?: 25 | 100;
}
/** Up to the cluster ceiling of the rule catalogue (cluster.too-many-nodes): 32 nodes. */
export const WIZARD_MAX_NODES = DEFAULT_THRESHOLDS.clusterMaxNodes;

export function buildFromWizard(options: WizardOptions): Design {
  const { nodes, ceph } = options;
  const uplinkGbps = options.uplinkGbps ?? 25;
  const storageNics = ceph && options.storageNics && uplinkGbps === 25;
  return buildPveHci({
    nodes,
    ceph,
    storageNics,
    uplinkGbps,
    name: `PVE ${ceph ? 'HCI' : 'cluster'}, ${nodes} nodes${storageNics ? ' with storage network' : ''}`,
  });
}

export function findTemplate(name: string): TemplateInfo | undefined {
  return TEMPLATES.find((t) => t.name === name);
}

export { buildPveHci };
export { FAST_UPLINK_MAX_NODES, STORAGE_NICS_MAX_NODES } from './pveHci';
export type { PveHciOptions } from './pveHci';
