import { BUILTIN_CATALOG, deviceFromModel, findModel } from '../catalog';
import type {
  Attachment,
  Cable,
  CableMedia,
  Design,
  Device,
  Lag,
  Network,
  PortConfig,
  VlanConfig,
} from '../model';
import { CURRENT_SCHEMA_VERSION } from '../model/design';

export interface PveHciOptions {
  nodes: number;
  /** A second 2 x 25G NIC per node carrying the Ceph cluster network on its own bond. */
  storageNics: boolean;
  name: string;
}

const VLAN = {
  mgmt: 10,
  corosync0: 50,
  corosync1: 51,
  cephPublic: 60,
  cephCluster: 61,
  migration: 70,
  vm: 100,
} as const;

const NETWORKS: Network[] = [
  {
    id: 'net-mgmt',
    name: 'Management',
    role: 'management',
    vlan: VLAN.mgmt,
    cidr: '10.10.10.0/24',
    mtu: 1500,
  },
  {
    id: 'net-corosync0',
    name: 'Corosync link 0',
    role: 'corosync',
    vlan: VLAN.corosync0,
    cidr: '10.10.50.0/24',
    mtu: 1500,
    latencyMs: 0.2,
  },
  {
    id: 'net-corosync1',
    name: 'Corosync link 1',
    role: 'corosync',
    vlan: VLAN.corosync1,
    cidr: '10.10.51.0/24',
    mtu: 1500,
    latencyMs: 0.2,
  },
  {
    id: 'net-ceph-public',
    name: 'Ceph public',
    role: 'ceph-public',
    vlan: VLAN.cephPublic,
    cidr: '10.10.60.0/24',
    mtu: 9000,
  },
  {
    id: 'net-ceph-cluster',
    name: 'Ceph cluster',
    role: 'ceph-cluster',
    vlan: VLAN.cephCluster,
    cidr: '10.10.61.0/24',
    mtu: 9000,
  },
  {
    id: 'net-migration',
    name: 'Migration',
    role: 'migration',
    vlan: VLAN.migration,
    cidr: '10.10.70.0/24',
    mtu: 9000,
  },
  { id: 'net-vm', name: 'VM network', role: 'vm', vlan: VLAN.vm, cidr: '10.100.0.0/24', mtu: 1500 },
];

const SWITCH_MTU = 9216;
const trunk = (tagged: number[], untagged?: number): VlanConfig => ({
  mode: 'trunk',
  taggedVlans: tagged,
  ...(untagged !== undefined ? { untaggedVlan: untagged } : {}),
  mtu: SWITCH_MTU,
});
const access = (vlan: number): PortConfig => ({ mode: 'access', untaggedVlan: vlan });

/** Builds a PVE HCI design with stable ids: the same options always give the same design. */
export function buildPveHci(options: PveHciOptions): Design {
  const { nodes, storageNics } = options;
  const devices: Device[] = [];
  const cables: Cable[] = [];
  const lags: Lag[] = [];
  const positions: Record<string, { x: number; y: number }> = {};

  const add = (
    modelId: string,
    id: string,
    hostname: string,
    at: { x: number; y: number },
    nics?: string[],
  ) => {
    const device = deviceFromModel(findModel(BUILTIN_CATALOG, modelId), {
      id,
      hostname,
      ...(nics ? { nics } : {}),
    });
    devices.push(device);
    positions[id] = at;
    return device;
  };
  const cable = (
    id: string,
    a: [Device, string],
    b: [Device, string],
    media: CableMedia,
    lengthM: number,
    label: string,
  ) =>
    cables.push({
      id,
      a: { device: a[0].id, port: a[1] },
      b: { device: b[0].id, port: b[1] },
      media,
      lengthM,
      label,
    });
  const configure = (device: Device, portName: string, config: PortConfig) => {
    const port = device.ports.find((p) => p.name === portName);
    if (!port) throw new Error(`template: ${device.id} has no port ${portName}`);
    port.config = config;
  };
  const attach = (device: Device, attachment: Attachment) => device.attachments.push(attachment);

  // Layout: firewalls on top, the core pair below them, servers in a row, management switch aside.
  const serverSpacing = 380;
  const rowWidth = Math.max(2, nodes) * serverSpacing;
  const centre = rowWidth / 2 - serverSpacing / 2;
  const fw = [1, 2].map((n) =>
    add('fortinet-fg-100f', `fw-${n}`, `fw-0${n}`, { x: centre + (n === 1 ? -300 : 300), y: 0 }),
  );
  const core = [1, 2].map((n) =>
    add('nvidia-sn2010', `core-${n}`, `core-0${n}`, { x: centre + (n === 1 ? -300 : 300), y: 300 }),
  );
  const mgmt = add('aruba-1930-24g', 'mgmt-1', 'mgmt-sw-01', { x: rowWidth + 200, y: 300 });
  const servers = Array.from({ length: nodes }, (_, i) =>
    add(
      'dell-r660',
      `node-${i + 1}`,
      `pve-${String(i + 1).padStart(2, '0')}`,
      { x: i * serverSpacing, y: 640 },
      storageNics ? ['ocp-2x25', 'pcie-2x25'] : ['ocp-2x25'],
    ),
  );
  const [core1, core2] = core as [Device, Device];
  const [fw1, fw2] = fw as [Device, Device];

  // MLAG core pair with a 2 x 100G peer link.
  lags.push({
    id: 'lag-core-peer',
    name: 'peerlink',
    members: [core1, core2].flatMap((c) =>
      ['swp21', 'swp22'].map((port) => ({ device: c.id, port })),
    ),
    mode: 'lacp',
    lacpRate: 'fast',
    config: { mode: 'trunk', taggedVlans: 'all', mtu: SWITCH_MTU },
  });
  for (const port of ['swp21', 'swp22']) {
    cable(`cab-peer-${port}`, [core1, port], [core2, port], 'mmf-om4', 1, `PEER-${port}`);
  }

  // Firewalls: HA pair with two direct links, LACP bond split across the core pair.
  cable('cab-fw-ha1', [fw1, 'ha1'], [fw2, 'ha1'], 'cat6a', 1, 'FW-HA1');
  cable('cab-fw-ha2', [fw1, 'ha2'], [fw2, 'ha2'], 'cat6a', 1, 'FW-HA2');
  fw.forEach((f, i) => {
    const n = i + 1;
    const swp = `swp${16 + n}`;
    lags.push({
      id: `lag-fw${n}-bond`,
      name: 'lacp-core',
      members: [
        { device: f.id, port: 'x1' },
        { device: f.id, port: 'x2' },
      ],
      mode: 'lacp',
      lacpRate: 'fast',
    });
    lags.push({
      id: `lag-core-fw${n}`,
      name: `fw${n}`,
      members: [
        { device: core1.id, port: swp },
        { device: core2.id, port: swp },
      ],
      mode: 'lacp',
      lacpRate: 'fast',
      mlagPair: 'mlag-core',
      config: trunk([VLAN.mgmt, VLAN.vm]),
    });
    cable(`cab-fw${n}-core1`, [f, 'x1'], [core1, swp], 'mmf-om4', 3, `FW${n}-A`);
    cable(`cab-fw${n}-core2`, [f, 'x2'], [core2, swp], 'mmf-om4', 3, `FW${n}-B`);
    attach(f, { network: 'net-mgmt', port: 'mgmt', tagged: false, address: `10.10.10.${1 + n}` });
    attach(f, {
      network: 'net-mgmt',
      lag: `lag-fw${n}-bond`,
      tagged: true,
      address: `10.10.10.${251 + n}`,
    });
    attach(f, {
      network: 'net-vm',
      lag: `lag-fw${n}-bond`,
      tagged: true,
      address: `10.100.0.${1 + n}`,
    });
  });

  // Management switch: access ports in the management VLAN, one uplink to the core.
  let mgmtPort = 1;
  const toMgmt = (device: Device, port: string, config: PortConfig = access(VLAN.mgmt)) => {
    const swPort = String(mgmtPort++);
    configure(mgmt, swPort, config);
    cable(
      `cab-mgmt-${device.id}-${port}`,
      [device, port],
      [mgmt, swPort],
      'cat6a',
      3,
      `M-${device.hostname}-${port}`.toUpperCase(),
    );
  };
  fw.forEach((f) => toMgmt(f, 'mgmt'));
  core.forEach((c, i) => {
    toMgmt(c, 'eth0');
    attach(c, { network: 'net-mgmt', port: 'eth0', tagged: false, address: `10.10.10.${5 + i}` });
  });
  cable('cab-mgmt-uplink', [mgmt, '25'], [core1, 'swp16'], 'mmf-om4', 3, 'MGMT-UPLINK');
  configure(mgmt, '25', { mode: 'trunk', taggedVlans: [VLAN.mgmt] });
  configure(core1, 'swp16', trunk([VLAN.mgmt]));

  // PVE nodes: 2 x 25G LACP split across the core pair; corosync link 0 on the 1G management port.
  const bond0Vlans = storageNics
    ? [VLAN.corosync1, VLAN.cephPublic, VLAN.migration, VLAN.vm]
    : [VLAN.corosync1, VLAN.cephPublic, VLAN.cephCluster, VLAN.migration, VLAN.vm];
  servers.forEach((s, i) => {
    const n = i + 1;
    const host = 10 + n;
    toMgmt(s, 'eno1', { mode: 'trunk', untaggedVlan: VLAN.mgmt, taggedVlans: [VLAN.corosync0] });
    toMgmt(s, 'idrac');
    lags.push({
      id: `lag-node${n}-bond0`,
      name: 'bond0',
      members: [
        { device: s.id, port: 'ens1f0' },
        { device: s.id, port: 'ens1f1' },
      ],
      mode: 'lacp',
      lacpRate: 'fast',
    });
    lags.push({
      id: `lag-core-node${n}`,
      name: `${s.hostname}-bond0`,
      members: [
        { device: core1.id, port: `swp${n}` },
        { device: core2.id, port: `swp${n}` },
      ],
      mode: 'lacp',
      lacpRate: 'fast',
      mlagPair: 'mlag-core',
      config: trunk(bond0Vlans),
    });
    cable(`cab-node${n}-core1`, [s, 'ens1f0'], [core1, `swp${n}`], 'mmf-om4', 3, `N${n}-A`);
    cable(`cab-node${n}-core2`, [s, 'ens1f1'], [core2, `swp${n}`], 'mmf-om4', 3, `N${n}-B`);
    const bond0 = `lag-node${n}-bond0`;
    attach(s, { network: 'net-mgmt', port: 'eno1', tagged: false, address: `10.10.10.${host}` });
    attach(s, {
      network: 'net-corosync0',
      port: 'eno1',
      tagged: true,
      address: `10.10.50.${host}`,
      corosync: { link: 0, priority: 20 },
    });
    attach(s, {
      network: 'net-corosync1',
      lag: bond0,
      tagged: true,
      address: `10.10.51.${host}`,
      corosync: { link: 1, priority: 10 },
    });
    attach(s, {
      network: 'net-ceph-public',
      lag: bond0,
      tagged: true,
      address: `10.10.60.${host}`,
    });
    attach(s, { network: 'net-migration', lag: bond0, tagged: true, address: `10.10.70.${host}` });
    attach(s, { network: 'net-vm', lag: bond0, tagged: true });
    if (storageNics) {
      const swp = `swp${nodes + n}`;
      lags.push({
        id: `lag-node${n}-bond1`,
        name: 'bond1',
        members: [
          { device: s.id, port: 'ens2f0' },
          { device: s.id, port: 'ens2f1' },
        ],
        mode: 'lacp',
        lacpRate: 'fast',
      });
      lags.push({
        id: `lag-core-node${n}-storage`,
        name: `${s.hostname}-bond1`,
        members: [
          { device: core1.id, port: swp },
          { device: core2.id, port: swp },
        ],
        mode: 'lacp',
        lacpRate: 'fast',
        mlagPair: 'mlag-core',
        config: trunk([VLAN.cephCluster]),
      });
      cable(`cab-node${n}-storage-core1`, [s, 'ens2f0'], [core1, swp], 'mmf-om4', 3, `N${n}-S-A`);
      cable(`cab-node${n}-storage-core2`, [s, 'ens2f1'], [core2, swp], 'mmf-om4', 3, `N${n}-S-B`);
      attach(s, {
        network: 'net-ceph-cluster',
        lag: `lag-node${n}-bond1`,
        tagged: true,
        address: `10.10.61.${host}`,
      });
    } else {
      attach(s, {
        network: 'net-ceph-cluster',
        lag: bond0,
        tagged: true,
        address: `10.10.61.${host}`,
      });
    }
    // Four 3.84 TB NVMe OSDs; RAM and vCPUs planned for guests leave room for Ceph.
    s.server = {
      cpuThreads: 64,
      ramGiB: 512,
      controller: 'hba',
      disks: [
        {
          name: 'BOSS-N1 M.2 480 GB (RAID1)',
          role: 'os',
          media: 'nvme',
          capacityGB: 480,
          plp: true,
          writeMBps: 1000,
        },
        ...[1, 2, 3, 4].map((d) => ({
          name: `NVMe 3.84 TB RI #${d}`,
          role: 'osd' as const,
          media: 'nvme' as const,
          capacityGB: 3840,
          plp: true,
          writeMBps: 2000,
        })),
      ],
      plannedGuestRamGiB: 320,
      plannedGuestVcpus: 40,
    };
  });

  const nodeIds = servers.map((s) => s.id);
  const cephDaemons = nodeIds.slice(0, 3);
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: {
      name: options.name,
      revision: '1',
      author: 'ClusterWire template',
      notes: `Reference Proxmox VE HCI design: ${nodes} nodes${storageNics ? ' with separate Ceph storage NICs' : ''}.`,
    },
    devices,
    cables,
    lags,
    mlagPairs: [
      {
        id: 'mlag-core',
        name: 'core',
        switches: [core1.id, core2.id],
        peerLinkLag: 'lag-core-peer',
      },
    ],
    haPairs: [{ id: 'ha-fw', firewalls: [fw1.id, fw2.id] }],
    networks: NETWORKS.map((n) => ({ ...n })),
    clusters: [
      {
        id: 'cluster-1',
        name: 'pve-hci',
        domain: 'dc1.internal',
        nodes: nodeIds,
        qdevice: false,
        ceph: {
          enabled: true,
          monitors: cephDaemons,
          managers: cephDaemons,
          pools: [{ name: 'vm-disks', size: 3, minSize: 2 }],
        },
        plannedVms: nodes * 20,
        iopsPerVm: 1000,
      },
    ],
    suppressions: [],
    thresholds: {},
    layout: { positions },
  };
}
