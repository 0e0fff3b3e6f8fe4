import type { Catalog } from '../catalog';
import { BUILTIN_CATALOG } from '../catalog';
import { compareNatural } from '../model';
import type { Design } from '../model';
import { buildTopology } from '../topology';
import type { PortIndex, Topology } from '../topology';
import type { CsvOptions } from './csv';
import { toCsv } from './csv';

export const SCHEDULE_COLUMNS = [
  'cable id',
  'label',
  'A device',
  'A port',
  'B device',
  'B port',
  'media',
  'length (m)',
  'length estimated',
  'colour',
  'networks / VLANs',
  'LAG',
] as const;

export interface ScheduleRow {
  id: string;
  label: string;
  aDevice: string;
  aPort: string;
  bDevice: string;
  bPort: string;
  media: string;
  lengthM: number;
  /** The length is the editor's default, not a measurement. */
  lengthEstimated: boolean;
  color: string;
  networks: string;
  lag: string;
}

/**
 * The patch list for the people who cable the rack: one row per cable, A end first, sorted by
 * A device then port so a technician works device by device.
 */
export function buildCableSchedule(
  design: Design,
  catalog: Catalog = BUILTIN_CATALOG,
): ScheduleRow[] {
  const topo = buildTopology(design, catalog);
  const rows: ScheduleRow[] = [];
  // Every cable whose ends resolve, in design order.
  for (const { cable, a, b } of topo.links) {
    rows.push({
      id: cable.id,
      label: cable.label ?? '',
      aDevice: topo.deviceOf(a).hostname,
      aPort: topo.portOf(a).name,
      bDevice: topo.deviceOf(b).hostname,
      bPort: topo.portOf(b).name,
      media: topo.mediaSpec(cable.media)?.name ?? cable.media,
      lengthM: cable.lengthM,
      lengthEstimated: cable.lengthEstimated === true,
      color: cable.color ?? '',
      networks: carried(topo, a, b),
      lag: [...new Set([a, b].map((p) => topo.lagOfPort(p)?.name ?? '').filter(Boolean))].join(
        ' / ',
      ),
    });
  }
  return rows.sort(
    (x, y) =>
      // "pve-2" before "pve-10", "swp2" before "swp10": as printed on hosts and faceplates.
      compareNatural(x.aDevice, y.aDevice) ||
      compareNatural(x.aPort, y.aPort) ||
      compareNatural(x.id, y.id),
  );
}

/** What the cable carries: the hosts' networks where a host end exists, else the switch trunk's VLANs. */
function carried(topo: Topology, a: PortIndex, b: PortIndex): string {
  const nets = [...new Set([...topo.carriedBy(a), ...topo.carriedBy(b)].map((r) => r.network))];
  if (nets.length > 0)
    return nets.map((n) => (n.vlan === undefined ? n.name : `${n.name} (${n.vlan})`)).join('; ');
  const config = topo.effectiveConfig(a) ?? topo.effectiveConfig(b);
  if (!config) return '';
  if (config.mode === 'access')
    return config.untaggedVlan === undefined ? '' : `VLAN ${config.untaggedVlan}`;
  const list = config.taggedVlans === 'all' ? [] : (config.taggedVlans ?? []);
  const tagged =
    config.taggedVlans === 'all'
      ? 'all VLANs'
      : list.length === 0
        ? ''
        : `VLAN${list.length > 1 ? 's' : ''} ${list.join(',')}`;
  const native = config.untaggedVlan === undefined ? '' : `native ${config.untaggedVlan}`;
  return [tagged, native].filter(Boolean).join(', ');
}

export function cableScheduleCsv(
  design: Design,
  options: CsvOptions & { catalog?: Catalog } = {},
): string {
  const rows = buildCableSchedule(design, options.catalog).map((r) => [
    r.id,
    r.label,
    r.aDevice,
    r.aPort,
    r.bDevice,
    r.bPort,
    r.media,
    r.lengthM,
    r.lengthEstimated ? 'yes' : 'no',
    r.color,
    r.networks,
    r.lag,
  ]);
  return toCsv(SCHEDULE_COLUMNS, rows, options);
}
