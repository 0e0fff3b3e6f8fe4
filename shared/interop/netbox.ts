import type { Catalog } from '../catalog';
import { BUILTIN_CATALOG } from '../catalog';
import { toCsv } from '../export/csv';
import { ROLE_COLOR, ROLE_LABEL } from '../export/visual';
import type { Design, Device, DeviceRole, Lag, PortRef, VlanConfig } from '../model';
import { channelId, channelInterface, modelPlatform } from '../generate/switches';
import { cableName, portKey } from '../model';
import { deviceTypeOf, deviceTypeYaml } from './deviceTypeYaml';
import type { DeviceTypeYaml } from './deviceTypeYaml';
import { indexDesign, slugify } from './names';

/**
 * The columns NetBox 4.x's bulk import reads (netbox/dcim/forms/bulk_import.py and
 * ipam/forms/bulk_import.py): required ones plus the few optional ones the design can fill.
 * Objects are referenced by name, so each file needs the ones before it imported first.
 */
export const NETBOX_COLUMNS = {
  manufacturers: ['name', 'slug'],
  deviceRoles: ['name', 'slug', 'color'],
  sites: ['name', 'slug', 'status'],
  vlans: ['vid', 'name', 'status', 'site'],
  devices: ['name', 'role', 'manufacturer', 'device_type', 'status', 'site', 'description'],
  interfaces: ['device', 'name', 'type', 'description'],
  cables: [
    'side_a_device',
    'side_a_type',
    'side_a_name',
    'side_b_device',
    'side_b_type',
    'side_b_name',
    'type',
    'status',
    'label',
    'color',
    'length',
    'length_unit',
  ],
} as const;

export const NETBOX_FILES = {
  manufacturers: '1-manufacturers.csv',
  deviceRoles: '2-device-roles.csv',
  sites: '3-sites.csv',
  vlans: '4-vlans.csv',
  deviceTypes: '5-device-types',
  devices: '6-devices.csv',
  interfaces: '7-interfaces.csv',
  cables: '8-cables.csv',
  readme: 'README.md',
} as const;

export interface NetboxOptions {
  /** The NetBox site the devices and VLANs belong to; default: the design's name. */
  site?: string | undefined;
  catalog?: Catalog | undefined;
}

/** One file of the export, by its path relative to the export folder ("/" separated). */
export interface ExportFile {
  path: string;
  text: string;
}

export interface NetboxExport {
  files: ExportFile[];
  /** What the export could not express as rows, also written to the README. */
  notes: string[];
}

const HEX_COLOR = /^#?([0-9a-f]{6})$/i;

/**
 * The design as NetBox 4.x bulk-import files, in import order, with a README naming that order
 * and what a file cannot carry (settings of interfaces the device type creates need NetBox ids).
 */
export function netboxExport(design: Design, options: NetboxOptions = {}): NetboxExport {
  const site = options.site?.trim() || design.meta.name.trim() || 'ClusterWire design';
  const index = indexDesign(design);
  const notes: string[] = [];

  const manufacturers = [...new Set(design.devices.map((d) => d.model.manufacturer))].sort();
  const roles = [...new Set(design.devices.map((d) => d.role))];

  const types = deviceTypes(design, options.catalog);

  const vlanRows: (string | number)[][] = [];
  for (const network of design.networks) {
    if (network.vlan === undefined) continue;
    if (network.vlan < 1 || network.vlan > 4094) {
      notes.push(`VLAN ${network.vlan} of network "${network.name}" is outside 1-4094: left out.`);
      continue;
    }
    vlanRows.push([network.vlan, network.name, 'active', site]);
  }

  const named = new Set<string>();
  for (const d of design.devices) {
    if (named.has(d.hostname))
      notes.push(
        `Two devices are named "${d.hostname}": NetBox needs a name once per site; rename one before importing.`,
      );
    named.add(d.hostname);
  }
  const deviceRows = design.devices.map((d) => [
    d.hostname,
    ROLE_LABEL[d.role],
    d.model.manufacturer,
    types.modelOf.get(d.id)!,
    'planned',
    site,
    `ClusterWire ${d.id}`,
  ]);

  // LAG interfaces are the only interfaces the device types do not create.
  const lagName = lagInterfaceName(design, options.catalog ?? BUILTIN_CATALOG);
  const lagRows: string[][] = [];
  const seenLag = new Set<string>();
  for (const lag of design.lags) {
    for (const deviceId of new Set(lag.members.map((m) => m.device))) {
      const device = index.device(deviceId);
      if (!device) continue;
      const name = lagName(lag, device);
      const key = `${device.hostname}\u0000${name}`;
      if (seenLag.has(key)) {
        notes.push(`${device.hostname} has two LAGs named "${name}": the second is left out.`);
        continue;
      }
      seenLag.add(key);
      const members = lag.members.filter((m) => m.device === deviceId).map((m) => m.port);
      const designName =
        name === (lag.name || lag.id) ? '' : `; ClusterWire LAG ${lag.name || lag.id}`;
      lagRows.push([device.hostname, name, 'lag', `members: ${members.join(', ')}${designName}`]);
    }
  }

  const cableRows: (string | number)[][] = [];
  const cabled = new Set<string>();
  for (const cable of design.cables) {
    const title = cableName(cable, (id) => index.device(id)?.hostname);
    const ends = [cable.a, cable.b].map((ref) => end(ref));
    const [a, b] = ends as [End, End];
    if (!a.device || !b.device || !a.port || !b.port) {
      notes.push(`Cable ${title} has an end that is not in the design: left out.`);
      continue;
    }
    if (a.port.type === 'console' || b.port.type === 'console') {
      notes.push(
        // Unlabelled, the name is already the two ends.
        `Cable ${cable.label?.trim() ? `${title} (${a.device.hostname} ${a.port.name} - ${b.device.hostname} ${b.port.name})` : title} ` +
          'is a console cable: NetBox connects a console port only to a console server port, ' +
          'which the design does not name. Connect it in NetBox.',
      );
      continue;
    }
    // NetBox refuses a second cable on a termination ("already connected").
    const terminals = [
      portKey({ device: a.device.id, port: a.port.name }),
      portKey({ device: b.device.id, port: b.port.name }),
    ];
    if (terminals[0] === terminals[1] || terminals.some((t) => cabled.has(t))) {
      notes.push(
        `Cable ${title}: ${a.device.hostname} ${a.port.name} or ${b.device.hostname} ${b.port.name} already has a cable (or both ends are one port): left out.`,
      );
      continue;
    }
    for (const t of terminals) cabled.add(t);
    const color = HEX_COLOR.exec(cable.color ?? '')?.[1]?.toLowerCase() ?? '';
    if (cable.color && !color)
      notes.push(`Cable ${title}: colour "${cable.color}" is not a hex colour.`);
    cableRows.push([
      a.device.hostname,
      'dcim.interface',
      a.port.name,
      b.device.hostname,
      'dcim.interface',
      b.port.name,
      cable.media,
      'planned',
      // An internal id is not a label: NetBox's label column stays empty without one.
      cable.label ?? '',
      color,
      cable.lengthM,
      'm',
    ]);
  }

  const files: ExportFile[] = [
    {
      path: NETBOX_FILES.manufacturers,
      text: toCsv(
        NETBOX_COLUMNS.manufacturers,
        manufacturers.map((m) => [m, slugify(m)]),
      ),
    },
    {
      path: NETBOX_FILES.deviceRoles,
      text: toCsv(
        NETBOX_COLUMNS.deviceRoles,
        roles.map((r) => [ROLE_LABEL[r], slugify(ROLE_LABEL[r]), ROLE_COLOR[r].slice(1)]),
      ),
    },
    {
      path: NETBOX_FILES.sites,
      text: toCsv(NETBOX_COLUMNS.sites, [[site, slugify(site, 'site'), 'planned']]),
    },
    { path: NETBOX_FILES.vlans, text: toCsv(NETBOX_COLUMNS.vlans, vlanRows) },
    ...types.list.map((t) => ({
      path: `${NETBOX_FILES.deviceTypes}/${t.slug}.yaml`,
      text: deviceTypeYaml(t),
    })),
    { path: NETBOX_FILES.devices, text: toCsv(NETBOX_COLUMNS.devices, deviceRows) },
    { path: NETBOX_FILES.interfaces, text: toCsv(NETBOX_COLUMNS.interfaces, lagRows) },
    { path: NETBOX_FILES.cables, text: toCsv(NETBOX_COLUMNS.cables, cableRows) },
  ];
  files.push({
    path: NETBOX_FILES.readme,
    text: readme(design, site, types.list, notes, lagName),
  });
  return { files, notes };

  interface End {
    device: Device | undefined;
    port: Device['ports'][number] | undefined;
  }
  function end(ref: PortRef): End {
    return { device: index.device(ref.device), port: index.port(ref) };
  }
}

/**
 * One device type per model, from the devices' port snapshots. Devices of one model fitted
 * differently (other NICs) get a device type each: NetBox creates a device's interfaces from
 * its type, so a type must list exactly the ports the device has.
 */
function deviceTypes(design: Design, catalog: Catalog | undefined) {
  const list: DeviceTypeYaml[] = [];
  const modelOf = new Map<string, string>();
  const bySignature = new Map<string, string>();
  const variants = new Map<string, number>();
  for (const device of design.devices) {
    const base = `${device.model.manufacturer}\u0000${device.model.name}`;
    const signature = `${base}\u0000${device.ports.map((p) => `${p.name}|${p.type}|${p.role}`).join('\u0001')}`;
    const known = bySignature.get(signature);
    if (known !== undefined) {
      modelOf.set(device.id, known);
      continue;
    }
    const n = (variants.get(base) ?? 0) + 1;
    variants.set(base, n);
    const model = n === 1 ? device.model.name : `${device.model.name} (variant ${n})`;
    bySignature.set(signature, model);
    modelOf.set(device.id, model);
    const height = catalog?.models.find((m) => m.id === device.model.catalogId)?.heightU;
    list.push(deviceTypeOf(device, model, height));
  }
  return { list, modelOf };
}

const vlanText = (config: VlanConfig): string => {
  const parts: string[] = [];
  if (config.mode) parts.push(`mode ${config.mode}`);
  if (config.untaggedVlan !== undefined) parts.push(`untagged VLAN ${config.untaggedVlan}`);
  if (config.taggedVlans !== undefined)
    parts.push(
      `tagged VLANs ${config.taggedVlans === 'all' ? 'all' : config.taggedVlans.join(', ')}`,
    );
  if (config.mtu !== undefined) parts.push(`MTU ${config.mtu}`);
  return parts.join(', ');
};

const ROLE_ORDER: DeviceRole[] = ['firewall', 'core-switch', 'mgmt-switch', 'server', 'other'];

/**
 * The name of a LAG's interface on a device: a core switch's LAG gets the one its generated
 * configuration gives it (EOS Port-Channel12, Cumulus bond12 or peerlink), so NetBox and the
 * running switch agree; elsewhere, and where the design names no platform, the design's name.
 */
function lagInterfaceName(design: Design, catalog: Catalog) {
  const catalogPlatform = (id: string) => catalog.models.find((m) => m.id === id)?.platform;
  return (lag: Lag, device: Device): string => {
    const designName = lag.name || lag.id;
    if (device.role !== 'core-switch') return designName;
    const platform = device.platform ?? modelPlatform(device, catalogPlatform);
    if (platform !== 'eos' && platform !== 'nvue') return designName;
    const pair = design.mlagPairs.find((p) => p.switches.includes(device.id));
    const id = channelId(lag, device, pair);
    return id === undefined
      ? designName
      : channelInterface(platform, id, pair?.peerLinkLag === lag.id);
  };
}

function readme(
  design: Design,
  site: string,
  types: DeviceTypeYaml[],
  notes: string[],
  lagName: (lag: Lag, device: Device) => string,
): string {
  const byId = new Map(design.devices.map((d) => [d.id, d]));
  const settings: string[] = [];
  for (const lag of design.lags) {
    const byDevice = new Map<Device, string[]>();
    for (const m of lag.members) {
      const device = byId.get(m.device);
      if (device) byDevice.set(device, [...(byDevice.get(device) ?? []), m.port]);
    }
    for (const [device, ports] of byDevice) {
      const config = lag.config ? `; ${vlanText(lag.config)}` : '';
      const name = lagName(lag, device);
      const designName = lag.name || lag.id;
      const named = name === designName ? name : `${name} (design LAG ${designName})`;
      settings.push(
        `- ${device.hostname} ${named}: LAG (${lag.mode}) of ${ports.join(', ')}${config}`,
      );
    }
  }
  const devices = [...design.devices].sort(
    (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role),
  );
  for (const device of devices)
    for (const port of device.ports)
      if (port.config && vlanText(port.config))
        settings.push(`- ${device.hostname} ${port.name}: ${vlanText(port.config)}`);

  const lines = [
    `# NetBox import: ${design.meta.name}`,
    '',
    `Written by ClusterWire for NetBox 4.x, revision ${design.meta.revision}. Site: ${site}.`,
    'Every device and cable has the status "planned": the design is not built yet.',
    '',
    '## Import order',
    '',
    "NetBox's bulk import refers to objects by name, so import the files in this order",
    '(each under its object type: Import, "CSV" format, or "YAML" for device types):',
    '',
    `1. Organization > Manufacturers: ${NETBOX_FILES.manufacturers}`,
    `2. Devices > Device Roles: ${NETBOX_FILES.deviceRoles}`,
    `3. Organization > Sites: ${NETBOX_FILES.sites}`,
    `4. IPAM > VLANs: ${NETBOX_FILES.vlans}`,
    `5. Devices > Device Types > Import, one YAML file at a time: ${NETBOX_FILES.deviceTypes}/ (${types.length} file${types.length === 1 ? '' : 's'}).`,
    "   NetBox creates each device's interfaces and console ports from these templates.",
    `6. Devices > Devices: ${NETBOX_FILES.devices}`,
    `7. Devices > Interfaces: ${NETBOX_FILES.interfaces} (the LAG interfaces; the device types create the rest)`,
    `8. Connections > Cables: ${NETBOX_FILES.cables}`,
    '',
    '## Set by hand after the import',
    '',
    'A bulk import can create interfaces but not update the ones a device type created: that',
    'needs their NetBox ids, which a file written before the import cannot know. Set these in',
    'NetBox (or with its API) once the import is done: LAG membership, 802.1Q mode, VLANs, MTU.',
    '',
    ...(settings.length > 0 ? settings : ['- nothing: the design sets no LAGs or VLAN modes.']),
    '',
    'Console ports are console ports (dcim.consoleport); BMC ports are management-only',
    'interfaces (1000base-t, mgmt_only).',
  ];
  if (notes.length > 0) lines.push('', '## Left out', '');
  for (const note of notes) lines.push(`- ${note}`);
  return `${lines.join('\n')}\n`;
}
