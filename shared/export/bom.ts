import type { Catalog, MediaSpec, Transceiver } from '../catalog';
import { BUILTIN_CATALOG } from '../catalog';
import type { Cable, Design, DeviceRole, FormFactor } from '../model';
import { buildTopology } from '../topology';
import type { PortIndex, Topology } from '../topology';
import type { CsvOptions } from './csv';
import { toCsv } from './csv';

export const BOM_COLUMNS = [
  'category',
  'manufacturer',
  'model',
  'part number',
  'description',
  'quantity',
  'unit',
  'notes',
] as const;

export interface BomLine {
  category: string;
  manufacturer: string;
  model: string;
  partNumber: string;
  description: string;
  quantity: number;
  unit: string;
  notes: string;
}

const CATEGORY: Record<DeviceRole, string> = {
  firewall: 'Firewall',
  'core-switch': 'Core switch',
  'mgmt-switch': 'Management switch',
  server: 'Server',
  other: 'Other device',
};
const CATEGORY_ORDER = [
  'Firewall',
  'Core switch',
  'Management switch',
  'Server',
  'Other device',
  'NIC',
  'Transceiver',
  'Cable',
];

/** The orderable length a run needs: the next size up, or null beyond the largest. */
export function orderableLength(spec: MediaSpec, lengthM: number): number | null {
  return spec.lengthsM.find((l) => l >= lengthM - 1e-9) ?? null;
}

const QSFP: ReadonlySet<FormFactor> = new Set(['QSFP+', 'QSFP28']);

/** An optic for a cage at a link speed: same cage family (SFP vs QSFP), same speed and medium. */
export function transceiverFor(
  catalog: Catalog,
  cage: FormFactor,
  speed: number,
  medium: Transceiver['medium'],
): Transceiver | undefined {
  return catalog.transceivers.find(
    (t) =>
      t.speed === speed &&
      t.medium === medium &&
      QSFP.has(t.formFactor) === QSFP.has(cage) &&
      cage !== 'RJ45',
  );
}

/**
 * Bill of materials: one line per orderable item. Devices by model, NIC options the servers'
 * ports imply, transceivers (one per fiber end, matched to cage, link speed and fiber type;
 * BASE-T modules where twisted pair meets an SFP cage), cables by media and orderable length.
 */
export function buildBom(design: Design, catalog: Catalog = BUILTIN_CATALOG): BomLine[] {
  const topo = buildTopology(design, catalog);
  const lines = new Map<string, BomLine>();
  const add = (key: string, line: Omit<BomLine, 'quantity'>, quantity = 1): BomLine => {
    const existing = lines.get(key);
    if (existing) {
      existing.quantity += quantity;
      return existing;
    }
    const created = { ...line, quantity };
    lines.set(key, created);
    return created;
  };

  for (const d of design.devices) {
    const m = d.model;
    add(`device|${m.manufacturer}|${m.name}|${m.partNumber ?? ''}`, {
      category: CATEGORY[d.role],
      manufacturer: m.manufacturer,
      model: m.name,
      partNumber: m.partNumber ?? '',
      description: m.generic ? 'Generic model: choose a concrete product' : '',
      unit: 'pcs',
      notes: '',
    });
    // NIC options: a catalog option whose ports this device carries was fitted to it.
    const model =
      m.catalogId === undefined ? undefined : catalog.models.find((x) => x.id === m.catalogId);
    for (const nic of model?.nicOptions ?? []) {
      const fitted = nic.ports.some((p) =>
        d.ports.some(
          (q) =>
            q.card !== undefined &&
            q.card === p.card &&
            ('range' in p ? q.name.startsWith(p.range.prefix) : q.name === p.name),
        ),
      );
      if (!fitted) continue;
      add(`nic|${m.manufacturer}|${nic.id}|${nic.name}`, {
        category: 'NIC',
        manufacturer: m.manufacturer,
        model: nic.name,
        partNumber: nic.partNumber ?? '',
        description: `for ${m.name}`,
        unit: 'pcs',
        notes: '',
      });
    }
  }

  const unresolved: string[] = [];
  // Every cable whose ends resolve, in design order.
  for (const { cable, a, b, speed } of topo.links) {
    const spec = topo.mediaSpec(cable.media);
    if (!spec) continue;
    addCable(add, spec, cable);
    for (const end of [a, b]) {
      const needed = opticFor(catalog, spec, topo, end, speed);
      if (needed === null) continue;
      if (!needed) {
        const where = `${topo.deviceOf(end).hostname} ${topo.portOf(end).name}`;
        unresolved.push(`${cable.label ?? cable.id} at ${where}`);
        continue;
      }
      add(`xcvr|${needed.id}`, {
        category: 'Transceiver',
        manufacturer: '',
        model: needed.name,
        partNumber: needed.partNumber,
        description: needed.description,
        unit: 'pcs',
        notes: '',
      });
    }
  }
  if (unresolved.length > 0) {
    add(
      'xcvr|unresolved',
      {
        category: 'Transceiver',
        manufacturer: '',
        model: 'Unresolved optics',
        partNumber: '',
        description: 'No catalog transceiver matches these cable ends (check media and speeds)',
        unit: 'pcs',
        notes: unresolved.join('; '),
      },
      unresolved.length,
    );
  }

  return [...lines.values()].sort(
    (a, b) =>
      CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
      a.model.localeCompare(b.model, 'en') ||
      a.description.localeCompare(b.description, 'en', { numeric: true }),
  );
}

/** The optic one cable end needs; null when it needs none, undefined when none matches. */
function opticFor(
  catalog: Catalog,
  spec: MediaSpec,
  topo: Topology,
  end: PortIndex,
  speed: number | null,
): Transceiver | null | undefined {
  const cage = topo.formFactorOf(end);
  if (spec.kind === 'twisted-pair') {
    if (topo.portOf(end).config?.module !== 'base-t') return null;
    return speed === null ? undefined : transceiverFor(catalog, cage, speed, 'base-t');
  }
  if (spec.transceiversPerEnd === 0) return null; // DAC and AOC have their ends built in
  return speed === null ? undefined : transceiverFor(catalog, cage, speed, spec.fiberType ?? 'mmf');
}

type AddLine = (key: string, line: Omit<BomLine, 'quantity'>) => BomLine;

/** One line per media and orderable length; a note says when runs were rounded up to it. */
function addCable(add: AddLine, spec: MediaSpec, cable: Cable): void {
  const length = orderableLength(spec, cable.lengthM);
  if (length === null) {
    const largest = spec.lengthsM[spec.lengthsM.length - 1];
    add(`cable|${spec.media}|custom|${cable.lengthM}`, {
      category: 'Cable',
      manufacturer: '',
      model: spec.name,
      partNumber: '',
      description: `${spec.name}, ${cable.lengthM} m`,
      unit: 'pcs',
      notes: `custom length: beyond the largest orderable ${largest} m`,
    });
    return;
  }
  const line = add(`cable|${spec.media}|${length}`, {
    category: 'Cable',
    manufacturer: '',
    model: spec.name,
    partNumber: spec.partNumber ? `${spec.partNumber}-${length}M` : '',
    description: `${spec.name}, ${length} m`,
    unit: 'pcs',
    notes: '',
  });
  if (length !== cable.lengthM) line.notes = 'includes runs rounded up to this orderable length';
}

export function bomCsv(design: Design, options: CsvOptions & { catalog?: Catalog } = {}): string {
  const rows = buildBom(design, options.catalog).map((l) => [
    l.category,
    l.manufacturer,
    l.model,
    l.partNumber,
    l.description,
    l.quantity,
    l.unit,
    l.notes,
  ]);
  return toCsv(BOM_COLUMNS, rows, options);
}
