import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type {
  Attachment,
  Cable,
  Design,
  Device,
  Lag,
  Network,
  Port,
  PortRef,
} from '../../shared/model';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model';
import {
  CABLE_MEDIA,
  DEFAULT_SPEEDS,
  DeviceRole,
  DiskMedia,
  LagMode,
  NetworkRole,
  PORT_TYPES,
  PortRole,
} from '../../shared/model';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,7}$/);
const text = fc.string({ maxLength: 12 });
const finite = (min: number, max: number) =>
  fc
    .double({ min, max, noNaN: true, noDefaultInfinity: true })
    .map((x) => (Object.is(x, -0) ? 0 : x));

const portArb: Arbitrary<Port> = fc
  .record({
    name: fc.stringMatching(/^[a-z]{1,3}[0-9]{1,2}$/),
    type: fc.constantFrom(...PORT_TYPES),
    role: fc.constantFrom(...PortRole.options),
  })
  .map((p) => ({ ...p, speeds: [...DEFAULT_SPEEDS[p.type]] }));

const vlanConfig = fc.record(
  {
    mode: fc.constantFrom('access' as const, 'trunk' as const),
    untaggedVlan: fc.integer({ min: -5, max: 5000 }),
    taggedVlans: fc.oneof(
      fc.constant('all' as const),
      fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 4 }),
    ),
    mtu: fc.integer({ min: 576, max: 10000 }),
  },
  { requiredKeys: [] },
);

/**
 * Random designs that are schema-valid and whose references resolve, but whose values are
 * anything: odd speeds, VLAN 5000, LAGs without members, cables on the same port twice.
 */
export const designArb: Arbitrary<Design> = fc
  .record({
    deviceCount: fc.integer({ min: 0, max: 8 }),
    ports: fc.array(fc.uniqueArray(portArb, { maxLength: 6, selector: (p) => p.name }), {
      minLength: 8,
      maxLength: 8,
    }),
    roles: fc.array(fc.constantFrom(...DeviceRole.options), { minLength: 8, maxLength: 8 }),
    hostnames: fc.array(fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), text), {
      minLength: 8,
      maxLength: 8,
    }),
    networks: fc.uniqueArray(
      fc.record({
        id,
        name: text,
        role: fc.constantFrom(...NetworkRole.options),
        vlan: fc.integer({ min: -1, max: 5000 }),
        mtu: fc.integer({ min: 1000, max: 9216 }),
      }),
      { maxLength: 5, selector: (n) => n.id },
    ),
    picks: fc.array(fc.nat(1000), { minLength: 60, maxLength: 60 }),
    cableMedia: fc.array(fc.constantFrom(...CABLE_MEDIA), { minLength: 10, maxLength: 10 }),
    lengths: fc.array(finite(0.1, 200), { minLength: 10, maxLength: 10 }),
    lagModes: fc.array(fc.constantFrom(...LagMode.options), { minLength: 4, maxLength: 4 }),
    configs: fc.array(vlanConfig, { minLength: 4, maxLength: 4 }),
    diskMedia: fc.array(fc.constantFrom(...DiskMedia.options), { minLength: 4, maxLength: 4 }),
    numbers: fc.array(finite(0, 5000), { minLength: 12, maxLength: 12 }),
    flags: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  })
  .map((r) => {
    let k = 0;
    const pick = <T>(items: readonly T[]): T | undefined =>
      items.length === 0 ? undefined : items[(r.picks[k++ % r.picks.length] ?? 0) % items.length];
    const devices: Device[] = Array.from({ length: r.deviceCount }, (_, i) => ({
      id: `dev-${i}`,
      role: r.roles[i]!,
      hostname: r.hostnames[i]!,
      model: { manufacturer: 'Test', name: `model-${i}` },
      ports: r.ports[i]!,
      limits: r.flags[i]
        ? {
            maxVlans: 1 + ((r.picks[i] ?? 0) % 40),
            maxLagGroups: 1 + ((r.picks[i] ?? 0) % 8),
            maxMtu: 1500 + (r.picks[i] ?? 0),
            mlag: r.flags[i + 1]!,
            bgp: false,
          }
        : {},
      attachments: [],
    }));
    const allPorts: PortRef[] = devices.flatMap((d) =>
      d.ports.map((p) => ({ device: d.id, port: p.name })),
    );
    const cables: Cable[] = [];
    for (let c = 0; c < 10 && allPorts.length > 1; c++) {
      const a = pick(allPorts)!;
      const b = pick(allPorts)!;
      cables.push({ id: `cab-${c}`, a, b, media: r.cableMedia[c]!, lengthM: r.lengths[c]! });
    }
    const lags: Lag[] = r.lagModes.map((mode, i) => ({
      id: `lag-${i}`,
      name: `bond${i}`,
      members:
        allPorts.length === 0
          ? []
          : Array.from({ length: (r.picks[i] ?? 0) % 4 }, () => pick(allPorts)!),
      mode,
      lacpRate: r.flags[i] ? 'fast' : 'slow',
      config: r.configs[i]!,
    }));
    const switches = devices.filter((d) => d.role === 'core-switch');
    const mlagPairs =
      switches.length >= 2
        ? [
            {
              id: 'mlag-1',
              switches: [switches[0]!.id, switches[1]!.id] as [string, string],
              peerLinkLag: 'lag-0',
            },
          ]
        : [];
    const networks: Network[] = r.networks.map((n, i) => ({
      ...n,
      cidr: i % 2 ? `10.${i}.0.0/24` : 'not-a-cidr',
      latencyMs: r.numbers[i]! % 20,
    }));
    for (const device of devices) {
      for (const network of networks) {
        const port = pick(device.ports);
        const lag = pick(lags.filter((l) => l.members.some((m) => m.device === device.id)));
        const via =
          r.flags[devices.indexOf(device)] && lag
            ? { lag: lag.id }
            : port
              ? { port: port.name }
              : undefined;
        if (!via) continue;
        const attachment: Attachment = {
          network: network.id,
          ...via,
          tagged: r.flags[networks.indexOf(network)]!,
          address: `10.0.0.${pick(r.picks)! % 256}`,
        };
        if (network.role === 'corosync')
          attachment.corosync = { link: pick(r.picks)! % 8, priority: pick(r.picks)! % 256 };
        device.attachments.push(attachment);
      }
      if (device.role === 'server') {
        device.server = {
          cpuThreads: pick(r.picks)! % 128,
          ramGiB: r.numbers[0]! % 1024,
          controller: r.flags[2] ? 'raid' : 'hba',
          disks: r.diskMedia.slice(0, pick(r.picks)! % 5).map((media, i) => ({
            role: (['os', 'osd', 'db'] as const)[i % 3]!,
            media,
            capacityGB: 1 + (r.numbers[i + 1] ?? 1),
            plp: r.flags[i]!,
            writeMBps: r.numbers[i + 2] ?? 0,
          })),
          plannedGuestRamGiB: r.numbers[5]! % 512,
          plannedGuestVcpus: pick(r.picks)! % 64,
        };
      }
    }
    const nodes = devices.filter((d) => d.role === 'server').map((d) => d.id);
    const positions = Object.fromEntries(
      devices.map((d, i) => [d.id, { x: i * 100, y: (r.numbers[i] ?? 0) - 100 }]),
    );
    const design: Design = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      meta: { name: 'random', revision: '1', author: '', notes: '' },
      devices,
      cables,
      lags,
      mlagPairs,
      haPairs: [],
      networks,
      clusters: [
        {
          id: 'cl-1',
          name: r.hostnames[0] ?? 'c',
          domain: r.flags[3] ? 'corp.local' : 'corp.internal',
          nodes,
          qdevice: r.flags[4]!,
          ceph: {
            enabled: r.flags[5]!,
            monitors: nodes.slice(0, 2),
            managers: nodes.slice(0, 1),
            pools: [
              {
                name: 'p',
                size: 1 + ((r.picks[0] ?? 0) % 4),
                minSize: 1 + ((r.picks[1] ?? 0) % 3),
              },
            ],
          },
          plannedVms: pick(r.picks)!,
          iopsPerVm: pick(r.picks)!,
        },
      ],
      suppressions: [],
      thresholds: {},
      layout: { positions },
    };
    return design;
  });
