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
import { newMlagPairSettings } from '../model/mlagDefaults';
import { serverRows } from '../edit/arrange';
import { deviceBox } from '../export/geometry';
import { maxOf } from '../model/numbers';

export interface PveHciOptions {
  nodes: number;
  /** A second 2 x 25G NIC per node carrying the Ceph cluster network on its own bond. */
  storageNics: boolean;
  name: string;
  /** Ceph on the nodes (default). Without it there are no Ceph networks, OSDs or storage NICs. */
  ceph?: boolean;
  /**
   * Node uplinks: 2 x 25G SFP28 (default), or 2 x 100G QSFP28 on the Arista pair's six free
   * QSFP28 ports (so at most 6 nodes, and no separate storage NICs).
   */
  uplinkGbps?: 25 | 100;
  /** Prefix for ids and hostnames, so several clusters can share one design. */
  prefix?: string;
  /** First two octets of every address, e.g. "10.10". */
  addressBase?: string;
  origin?: { x: number; y: number };
}

/** Port plan of a core switch model: which ports face servers, firewalls, the peer and mgmt. */
interface CorePlan {
  model: string;
  data: (i: number) => string;
  capacity: number;
  fw: [string, string];
  uplink: string;
  /** The uplink of a second management switch (large clusters), where the model has room. */
  uplink2?: string;
  peer: [string, string];
}

const CORE_PLANS: CorePlan[] = [
  {
    model: 'nvidia-sn2010',
    data: (i) => `swp${i}`,
    capacity: 15,
    fw: ['swp17', 'swp18'],
    uplink: 'swp16',
    peer: ['swp21', 'swp22'],
  },
  {
    model: 'arista-7050sx3-48yc8',
    data: (i) => `Ethernet${i}`,
    capacity: 44,
    fw: ['Ethernet47', 'Ethernet48'],
    uplink: 'Ethernet46',
    uplink2: 'Ethernet45',
    peer: ['Ethernet49/1', 'Ethernet50/1'],
  },
];

/** 100G node uplinks: the Arista pair's QSFP28 ports left after the 2 x 100G peer link. */
const FAST_CORE_PLAN: CorePlan = {
  ...CORE_PLANS[1]!,
  data: (i) => `Ethernet${50 + i}/1`,
  capacity: 6,
};
export const FAST_UPLINK_MAX_NODES = FAST_CORE_PLAN.capacity;
/** Separate storage NICs take a second port per node on each core switch. */
export const STORAGE_NICS_MAX_NODES = Math.floor(maxOf(CORE_PLANS.map((p) => p.capacity)) / 2);

/**
 * Management switch models; two uplinks (SFP cages), one to each core switch, in one LAG. A
 * cluster too large for the largest gets two of it, the nodes split between them.
 */
const MGMT_PLANS = [
  { model: 'aruba-1930-24g', access: 24, uplinks: ['25', '26'] },
  { model: 'aruba-1930-48g', access: 48, uplinks: ['49', '50'] },
];

const VLAN = {
  mgmt: 10,
  corosync0: 50,
  corosync1: 51,
  cephPublic: 60,
  cephCluster: 61,
  migration: 70,
  vm: 100,
} as const;

/** Each network's /24 has its VLAN id as third octet: 10.10.60.0/24 is VLAN 60. */
const NETWORKS: Array<Omit<Network, 'cidr'>> = [
  { id: 'net-mgmt', name: 'Management', role: 'management', vlan: VLAN.mgmt, mtu: 1500 },
  {
    id: 'net-corosync0',
    name: 'Corosync link 0',
    role: 'corosync',
    vlan: VLAN.corosync0,
    mtu: 1500,
    latencyMs: 0.2,
  },
  {
    id: 'net-corosync1',
    name: 'Corosync link 1',
    role: 'corosync',
    vlan: VLAN.corosync1,
    mtu: 1500,
    latencyMs: 0.2,
  },
  {
    id: 'net-ceph-public',
    name: 'Ceph public',
    role: 'ceph-public',
    vlan: VLAN.cephPublic,
    mtu: 9000,
  },
  {
    id: 'net-ceph-cluster',
    name: 'Ceph cluster',
    role: 'ceph-cluster',
    vlan: VLAN.cephCluster,
    mtu: 9000,
  },
  { id: 'net-migration', name: 'Migration', role: 'migration', vlan: VLAN.migration, mtu: 9000 },
  { id: 'net-vm', name: 'VM network', role: 'vm', vlan: VLAN.vm, mtu: 1500 },
];

/** Core trunks run at the switch's maximum MTU (9216 on the SN2010, 9214 on the 7050SX3). */
const trunk = (tagged: number[], mtu: number): VlanConfig => ({
  mode: 'trunk',
  taggedVlans: tagged,
  mtu,
});
const access = (vlan: number): PortConfig => ({ mode: 'access', untaggedVlan: vlan });
const twoDigits = (n: number) => String(n).padStart(2, '0');

/** Builds a PVE HCI design with stable ids: the same options always give the same design. */
export function buildPveHci(options: PveHciOptions): Design {
  const { nodes } = options;
  const ceph = options.ceph ?? true;
  const fast = options.uplinkGbps === 100;
  const storageNics = ceph && options.storageNics && !fast;
  if (fast && nodes > FAST_UPLINK_MAX_NODES)
    throw new Error(`template: 100G uplinks fit ${FAST_UPLINK_MAX_NODES} nodes on one core pair`);
  if (storageNics && nodes > STORAGE_NICS_MAX_NODES)
    throw new Error(
      `template: separate storage NICs fit ${STORAGE_NICS_MAX_NODES} nodes on one core pair`,
    );
  // The node's bond: the OCP 2 x 25G NIC, or a PCIe 2 x 100G NIC.
  const [nicA, nicB] = fast ? ['ens3f0', 'ens3f1'] : ['ens1f0', 'ens1f1'];
  const prefix = options.prefix ?? '';
  const base = options.addressBase ?? '10.10';
  const origin = options.origin ?? { x: 0, y: 0 };
  const addr = (vlan: number, host: number) => `${base}.${vlan}.${host}`;
  const uplinksPerSwitch = storageNics ? 2 * nodes : nodes;
  const corePlan = fast ? FAST_CORE_PLAN : CORE_PLANS.find((p) => p.capacity >= uplinksPerSwitch);
  // Needs a port per management and BMC port (firewalls, core pair, 2 per node), and counts one
  // per core-switch uplink (mgmt.switch-full).
  const largestMgmt = MGMT_PLANS[MGMT_PLANS.length - 1]!;
  const mgmtPlan = MGMT_PLANS.find((p) => p.access >= 6 + 2 * nodes) ?? largestMgmt;
  const mgmtCount = mgmtPlan.access >= 6 + 2 * nodes ? 1 : 2;
  if (
    !corePlan ||
    nodes > 99 ||
    (mgmtCount === 2 && (!corePlan.uplink2 || 2 * largestMgmt.access < 6 + 2 * nodes))
  )
    throw new Error(`template: ${nodes} nodes do not fit one core pair`);

  const devices: Device[] = [];
  const cables: Cable[] = [];
  const lags: Lag[] = [];
  const positions: Record<string, { x: number; y: number }> = {};
  const id = (local: string) => `${prefix}${local}`;

  const add = (
    modelId: string,
    local: string,
    hostname: string,
    at: { x: number; y: number },
    nics?: string[],
  ) => {
    const device = deviceFromModel(findModel(BUILTIN_CATALOG, modelId), {
      id: id(local),
      hostname: `${prefix}${hostname}`,
      ...(nics ? { nics } : {}),
    });
    devices.push(device);
    positions[device.id] = { x: origin.x + at.x, y: origin.y + at.y };
    return device;
  };
  const cable = (
    local: string,
    a: [Device, string],
    b: [Device, string],
    media: CableMedia,
    lengthM: number,
    label: string,
  ) =>
    cables.push({
      id: id(local),
      a: { device: a[0].id, port: a[1] },
      b: { device: b[0].id, port: b[1] },
      media,
      lengthM,
      label: `${prefix}${label}`.toUpperCase(),
    });
  const configure = (device: Device, portName: string, config: PortConfig) => {
    const port = device.ports.find((p) => p.name === portName);
    if (!port) throw new Error(`template: ${device.id} has no port ${portName}`);
    port.config = config;
  };
  const attach = (device: Device, attachment: Attachment) =>
    device.attachments.push({
      ...attachment,
      network: id(attachment.network),
      ...(attachment.lag ? { lag: id(attachment.lag) } : {}),
    });
  const lag = (l: Lag) =>
    lags.push({ ...l, id: id(l.id), ...(l.mlagPair ? { mlagPair: id(l.mlagPair) } : {}) });
  const mlagLag = (local: string, name: string, port: string, config: VlanConfig) =>
    lag({
      id: local,
      name,
      members: [core1, core2].map((c) => ({ device: c.id, port })),
      mode: 'lacp',
      lacpRate: 'fast',
      mlagPair: 'mlag-core',
      config,
    });
  const bond = (local: string, name: string, device: Device, ports: [string, string]) =>
    lag({
      id: local,
      name,
      members: ports.map((port) => ({ device: device.id, port })),
      mode: 'lacp',
      lacpRate: 'fast',
      hashPolicy: 'layer3+4',
    });

  // Layout: firewalls on top, the core pair below them, servers in rows of at most eight,
  // management switches aside, level with the servers they serve.
  const serverSpacing = 380;
  const serverRowHeight = 360;
  const rows = serverRows(nodes);
  const rowWidth = Math.max(3, rows[0] ?? 0) * serverSpacing;
  const centre = rowWidth / 2 - serverSpacing / 2;
  // A pair stands either side of the centre, its cards' centres 600 px apart, or further when
  // the cards are wider (two rows of a FortiGate's ports): 80 px between them at least.
  const addPair = (modelId: string, local: string, hostname: string, y: number) =>
    [1, 2].map((n) => {
      const device = add(modelId, `${local}-${n}`, `${hostname}-0${n}`, { x: 0, y });
      const { width } = deviceBox(device);
      const half = Math.max(300, width / 2 + 40);
      positions[device.id]!.x = origin.x + centre + (n === 1 ? -half : half) - width / 2;
      return device;
    }) as [Device, Device];
  const [fw1, fw2] = addPair('fortinet-fg-100f', 'fw', 'fw', 0);
  const [core1, core2] = addPair(corePlan.model, 'core', 'core', 300);
  const coreMtu = core1.limits.maxMtu ?? 9000;
  const mgmtY = (n: number) =>
    rows.length === 1 ? 300 : 640 + Math.floor((n * rows.length) / mgmtCount) * serverRowHeight;
  const mgmts = Array.from({ length: mgmtCount }, (_, n) =>
    add(mgmtPlan.model, `mgmt-${n + 1}`, `mgmt-sw-0${n + 1}`, {
      x: rowWidth + 120,
      y: mgmtY(n),
    }),
  );
  const mgmt = mgmts[0]!;
  const serverAt = (i: number) => {
    let row = 0;
    let first = 0;
    while (i >= first + rows[row]!) first += rows[row++]!;
    const offset = ((rows[0]! - rows[row]!) * serverSpacing) / 2;
    return { x: offset + (i - first) * serverSpacing, y: 640 + row * serverRowHeight };
  };
  const servers = Array.from({ length: nodes }, (_, i) =>
    add(
      'dell-r660',
      `node-${i + 1}`,
      `pve-${twoDigits(i + 1)}`,
      serverAt(i),
      fast ? ['pcie-2x100'] : storageNics ? ['ocp-2x25', 'pcie-2x25'] : ['ocp-2x25'],
    ),
  );

  // MLAG core pair with a 2 x 100G peer link.
  lag({
    id: 'lag-core-peer',
    name: 'peerlink',
    members: [core1, core2].flatMap((c) => corePlan.peer.map((port) => ({ device: c.id, port }))),
    mode: 'lacp',
    lacpRate: 'fast',
    config: { mode: 'trunk', taggedVlans: 'all', mtu: coreMtu },
  });
  corePlan.peer.forEach((port, i) =>
    cable(`cab-peer-${i + 1}`, [core1, port], [core2, port], 'mmf-om4', 1, `PEER-${i + 1}`),
  );

  // Firewalls: HA pair with two direct links, LACP bond split across the core pair.
  cable('cab-fw-ha1', [fw1, 'ha1'], [fw2, 'ha1'], 'cat6a', 1, 'FW-HA1');
  cable('cab-fw-ha2', [fw1, 'ha2'], [fw2, 'ha2'], 'cat6a', 1, 'FW-HA2');
  [fw1, fw2].forEach((f, i) => {
    const n = i + 1;
    const port = corePlan.fw[i]!;
    bond(`lag-fw${n}-bond`, 'lacp-core', f, ['x1', 'x2']);
    mlagLag(`lag-core-fw${n}`, `fw${n}`, port, trunk([VLAN.mgmt, VLAN.vm], coreMtu));
    cable(`cab-fw${n}-core1`, [f, 'x1'], [core1, port], 'mmf-om4', 3, `FW${n}-A`);
    cable(`cab-fw${n}-core2`, [f, 'x2'], [core2, port], 'mmf-om4', 3, `FW${n}-B`);
    attach(f, {
      network: 'net-mgmt',
      port: 'mgmt',
      tagged: false,
      address: addr(VLAN.mgmt, 1 + n),
    });
    attach(f, {
      network: 'net-mgmt',
      lag: `lag-fw${n}-bond`,
      tagged: true,
      address: addr(VLAN.mgmt, 251 + n),
    });
    attach(f, {
      network: 'net-vm',
      lag: `lag-fw${n}-bond`,
      tagged: true,
      address: addr(VLAN.vm, 1 + n),
    });
  });

  // Management switch: access ports in the management VLAN, an uplink to each core switch.
  const nextPort = mgmts.map(() => 1);
  const toMgmt = (
    device: Device,
    port: string,
    config: PortConfig = access(VLAN.mgmt),
    onSwitch = 0,
  ) => {
    const sw = mgmts[onSwitch]!;
    const swPort = String(nextPort[onSwitch]!++);
    configure(sw, swPort, config);
    cable(
      `cab-mgmt-${device.id.slice(prefix.length)}-${port}`,
      [device, port],
      [sw, swPort],
      'cat6a',
      3,
      `M-${device.hostname.slice(prefix.length)}-${port}`,
    );
  };
  toMgmt(fw1, 'mgmt');
  toMgmt(fw2, 'mgmt');
  [core1, core2].forEach((c, i) => {
    const mgmtPortName = c.ports.find((p) => p.role === 'mgmt')!.name;
    toMgmt(c, mgmtPortName);
    attach(c, {
      network: 'net-mgmt',
      port: mgmtPortName,
      tagged: false,
      address: addr(VLAN.mgmt, 5 + i),
    });
  });
  // Two uplinks, one to each core switch: one LACP LAG on the management switch and an MLAG
  // LAG on the core pair, so neither a core switch nor an optic cuts management off.
  [core1, core2].forEach((core, i) =>
    cable(
      i === 0 ? 'cab-mgmt-uplink' : 'cab-mgmt-uplink-2',
      [mgmt, mgmtPlan.uplinks[i]!],
      [core, corePlan.uplink],
      'mmf-om4',
      3,
      i === 0 ? 'MGMT-UPLINK' : 'MGMT-UPLINK-2',
    ),
  );
  lag({
    id: 'lag-mgmt-uplink',
    name: 'uplink',
    members: mgmtPlan.uplinks.map((port) => ({ device: mgmt.id, port })),
    mode: 'lacp',
    lacpRate: 'fast',
    config: { mode: 'trunk', taggedVlans: [VLAN.mgmt] },
  });
  mlagLag('lag-core-mgmt', 'mgmt', corePlan.uplink, trunk([VLAN.mgmt], coreMtu));
  // A second management switch uplinks the same way, on the core pair's second uplink port.
  const mgmt2 = mgmts[1];
  if (mgmt2 && corePlan.uplink2) {
    const uplink2 = corePlan.uplink2;
    [core1, core2].forEach((core, i) =>
      cable(
        `cab-mgmt2-uplink-${i + 1}`,
        [mgmt2, mgmtPlan.uplinks[i]!],
        [core, uplink2],
        'mmf-om4',
        3,
        `MGMT2-UPLINK-${i + 1}`,
      ),
    );
    lag({
      id: 'lag-mgmt2-uplink',
      name: 'uplink',
      members: mgmtPlan.uplinks.map((port) => ({ device: mgmt2.id, port })),
      mode: 'lacp',
      lacpRate: 'fast',
      config: { mode: 'trunk', taggedVlans: [VLAN.mgmt] },
    });
    mlagLag('lag-core-mgmt2', 'mgmt2', uplink2, trunk([VLAN.mgmt], coreMtu));
  }

  // PVE nodes: 2 x 25G LACP split across the core pair; corosync link 0 on the 1G management port.
  const bond0Vlans = [
    VLAN.corosync1,
    ...(ceph ? [VLAN.cephPublic] : []),
    ...(ceph && !storageNics ? [VLAN.cephCluster] : []),
    VLAN.migration,
    VLAN.vm,
  ];
  servers.forEach((s, i) => {
    const n = i + 1;
    const host = 10 + n;
    const bond0 = `lag-node${n}-bond0`;
    // With two management switches, the first half of the nodes on the first.
    const onSwitch = Math.floor((i * mgmtCount) / nodes);
    toMgmt(
      s,
      'eno1',
      { mode: 'trunk', untaggedVlan: VLAN.mgmt, taggedVlans: [VLAN.corosync0] },
      onSwitch,
    );
    toMgmt(s, 'idrac', access(VLAN.mgmt), onSwitch);
    // With storage NICs each bond takes one port from each card, so one card failure leaves
    // both bonds up; otherwise bond0 uses both ports of the one fast card.
    const [bond0B, storageA, storageB] = storageNics
      ? ['ens2f0', nicB, 'ens2f1']
      : [nicB, 'ens2f0', 'ens2f1'];
    bond(bond0, 'bond0', s, [nicA, bond0B]);
    // Guests reach their VLANs through the VLAN-aware bridge on bond0.
    s.bridge = { name: 'vmbr0', lag: id(bond0) };
    mlagLag(
      `lag-core-node${n}`,
      `${s.hostname}-bond0`,
      corePlan.data(n),
      trunk(bond0Vlans, coreMtu),
    );
    cable(`cab-node${n}-core1`, [s, nicA], [core1, corePlan.data(n)], 'mmf-om4', 3, `N${n}-A`);
    cable(`cab-node${n}-core2`, [s, bond0B], [core2, corePlan.data(n)], 'mmf-om4', 3, `N${n}-B`);
    attach(s, { network: 'net-mgmt', port: 'eno1', tagged: false, address: addr(VLAN.mgmt, host) });
    attach(s, {
      network: 'net-corosync0',
      port: 'eno1',
      tagged: true,
      address: addr(VLAN.corosync0, host),
      corosync: { link: 0, priority: 20 },
    });
    attach(s, {
      network: 'net-corosync1',
      lag: bond0,
      tagged: true,
      address: addr(VLAN.corosync1, host),
      corosync: { link: 1, priority: 10 },
    });
    if (ceph) {
      attach(s, {
        network: 'net-ceph-public',
        lag: bond0,
        tagged: true,
        address: addr(VLAN.cephPublic, host),
      });
    }
    attach(s, {
      network: 'net-migration',
      lag: bond0,
      tagged: true,
      address: addr(VLAN.migration, host),
    });
    attach(s, { network: 'net-vm', lag: bond0, tagged: true });
    if (storageNics) {
      const port = corePlan.data(nodes + n);
      bond(`lag-node${n}-bond1`, 'bond1', s, [storageA, storageB]);
      mlagLag(
        `lag-core-node${n}-storage`,
        `${s.hostname}-bond1`,
        port,
        trunk([VLAN.cephCluster], coreMtu),
      );
      cable(`cab-node${n}-storage-core1`, [s, storageA], [core1, port], 'mmf-om4', 3, `N${n}-S-A`);
      cable(`cab-node${n}-storage-core2`, [s, storageB], [core2, port], 'mmf-om4', 3, `N${n}-S-B`);
      attach(s, {
        network: 'net-ceph-cluster',
        lag: `lag-node${n}-bond1`,
        tagged: true,
        address: addr(VLAN.cephCluster, host),
      });
    } else if (ceph) {
      attach(s, {
        network: 'net-ceph-cluster',
        lag: bond0,
        tagged: true,
        address: addr(VLAN.cephCluster, host),
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
        ...(ceph ? [1, 2, 3, 4] : []).map((d) => ({
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
      notes: ceph
        ? `Reference Proxmox VE HCI design: ${nodes} nodes${storageNics ? ' with separate Ceph storage NICs' : ''}.`
        : `Proxmox VE design: ${nodes} nodes without Ceph.`,
    },
    devices,
    cables,
    lags,
    mlagPairs: [
      {
        id: id('mlag-core'),
        name: `${prefix}core`,
        switches: [core1.id, core2.id],
        peerLinkLag: id('lag-core-peer'),
        // The keepalive runs over the management network, where each core switch has an address.
        keepalive: { network: id('net-mgmt') },
        // Peer VLAN 4094, a /31 per switch on the peer-link SVI (EOS; Cumulus peers over
        // link-local instead) and a system MAC (Cumulus): the first free ones, as for a pair
        // made in the app.
        ...newMlagPairSettings([], `${prefix}core`),
      },
    ],
    haPairs: [{ id: id('ha-fw'), firewalls: [fw1.id, fw2.id] }],
    networks: NETWORKS.filter((n) => ceph || !n.role.startsWith('ceph-')).map((n) => ({
      ...n,
      id: id(n.id),
      name: `${prefix}${n.name}`,
      cidr: `${base}.${n.vlan}.0/24`,
      // The firewall pair routes the management and VM networks (.1 is their shared address).
      ...(n.role === 'management' || n.role === 'vm' ? { gateway: `${base}.${n.vlan}.1` } : {}),
    })),
    clusters: [
      {
        id: id('cluster-1'),
        name: `${prefix}pve-hci`,
        domain: 'dc1.internal',
        nodes: nodeIds,
        qdevice: false,
        ceph: ceph
          ? {
              enabled: true,
              monitors: cephDaemons,
              managers: cephDaemons,
              pools: [{ name: 'vm-disks', size: 3, minSize: 2 }],
            }
          : { enabled: false, monitors: [], managers: [], pools: [] },
        plannedVms: nodes * 20,
        iopsPerVm: 1000,
      },
    ],
    suppressions: [],
    thresholds: {},
    layout: { positions },
  };
}
