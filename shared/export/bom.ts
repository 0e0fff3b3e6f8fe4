import { BUILTIN_CATALOG, Connector } from '../catalog';
import type { Catalog, MediaSpec, Transceiver } from '../catalog';
import { FORM_FACTORS, cableName } from '../model';
import type { Design, DesignMeta, DeviceRole, FormFactor } from '../model';
import { buildTopology } from '../topology';
import type { CableInfo, PortIndex, Topology } from '../topology';
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
  'length estimated',
  'notes',
] as const;

export interface BomLine {
  category: string;
  manufacturer: string;
  model: string;
  /** A real manufacturer part number from the catalog, or empty: never made up. */
  partNumber: string;
  description: string;
  quantity: number;
  unit: string;
  /** Cable lines: some cable of the line has a length nobody entered. Null on other lines. */
  lengthEstimated: boolean | null;
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

const CONNECTOR_LABEL: Record<Connector, string> = {
  'lc-duplex': 'LC duplex',
  'mpo-12': 'MPO-12',
  rj45: 'RJ45',
};

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

/** The design's identity, as key/value rows above the table: what an order must quote. */
export function bomHeader(meta: DesignMeta): Array<[string, string]> {
  return [
    ['document', 'ClusterWire bill of materials'],
    ['design', meta.name],
    ['revision', meta.revision],
    ['revision date', meta.revisionDate ?? 'not set'],
  ];
}

/** A line being counted, with what its notes are made of once every cable is seen. */
interface Tally {
  line: BomLine;
  /** Fixed remarks (custom length, MPO polarity, unresolved ends). */
  remarks: string[];
  /** Optics: how many go into devices of each manufacturer (they may insist on coded optics). */
  hosts: Map<string, number>;
  /** Cables: runs whose length is an estimate, and runs rounded up to the orderable length. */
  estimated: number;
  roundedUp: number;
}

type LineFields = Omit<BomLine, 'quantity' | 'lengthEstimated' | 'notes'>;

class Tallies {
  private readonly byKey = new Map<string, Tally>();

  add(key: string, fields: LineFields, quantity = 1, remarks: string[] = []): Tally {
    const existing = this.byKey.get(key);
    if (existing) {
      existing.line.quantity += quantity;
      return existing;
    }
    const line: BomLine = { ...fields, quantity, lengthEstimated: null, notes: '' };
    const tally: Tally = { line, remarks, hosts: new Map(), estimated: 0, roundedUp: 0 };
    this.byKey.set(key, tally);
    return tally;
  }

  lines(): BomLine[] {
    return [...this.byKey.values()].map(finish);
  }
}

function finish(t: Tally): BomLine {
  const notes = [...t.remarks];
  if (t.roundedUp > 0) notes.push('includes runs rounded up to this orderable length');
  if (t.estimated > 0)
    notes.push(`${t.estimated} of ${t.line.quantity} lengths estimated: measure before ordering`);
  if (t.hosts.size > 0) notes.push(codingNote(t.hosts));
  const lengthEstimated = t.line.category === 'Cable' ? t.estimated > 0 : null;
  return { ...t.line, lengthEstimated, notes: notes.join('; ') };
}

/** Vendors may lock their cages to optics coded for them: say whose cages these go into. */
function codingNote(hosts: Map<string, number>): string {
  const split = [...hosts]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b, 'en'))
    .map(([maker, n]) => `${maker} ${n}`)
    .join(', ');
  return `switch and firewall vendors may require coded optics: order coded for ${split}`;
}

/**
 * Bill of materials: one line per orderable item. Devices by model, NIC options the servers'
 * ports imply, transceivers (one per fiber end, matched to cage, link speed and fiber type;
 * BASE-T modules where twisted pair meets an SFP cage), cables by what makes them a different
 * product (see `productOf`) and orderable length.
 */
export function buildBom(design: Design, catalog: Catalog = BUILTIN_CATALOG): BomLine[] {
  const topo = buildTopology(design, catalog);
  const tallies = new Tallies();
  addDevices(tallies, design, catalog);

  const unresolved: string[] = [];
  // Every cable whose ends resolve, in design order.
  for (const link of topo.links) {
    const spec = topo.mediaSpec(link.cable.media);
    if (!spec) continue;
    const optics: EndOptics = [
      opticFor(catalog, spec, topo, link.a, link.speed),
      opticFor(catalog, spec, topo, link.b, link.speed),
    ];
    addCable(tallies, spec, link, topo, optics);
    for (const [end, optic] of [
      [link.a, optics[0]],
      [link.b, optics[1]],
    ] as const) {
      if (optic === null) continue;
      if (!optic) {
        const where = `${topo.deviceOf(end).hostname} ${topo.portOf(end).name}`;
        unresolved.push(`${cableName(link.cable, (id) => topo.device(id)?.hostname)} at ${where}`);
        continue;
      }
      addOptic(tallies, optic, topo.deviceOf(end).model.manufacturer);
    }
  }
  if (unresolved.length > 0) {
    tallies.add(
      'xcvr|unresolved',
      {
        category: 'Transceiver',
        manufacturer: '',
        model: 'Unresolved optics',
        partNumber: '',
        description: 'No catalog transceiver matches these cable ends (check media and speeds)',
        unit: 'pcs',
      },
      unresolved.length,
      [unresolved.join('; ')],
    );
  }

  return tallies
    .lines()
    .sort(
      (a, b) =>
        CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
        a.model.localeCompare(b.model, 'en') ||
        a.description.localeCompare(b.description, 'en', { numeric: true }),
    );
}

/** Devices by model, and the NIC options fitted to them. */
function addDevices(tallies: Tallies, design: Design, catalog: Catalog): void {
  for (const d of design.devices) {
    const m = d.model;
    tallies.add(`device|${m.manufacturer}|${m.name}|${m.partNumber ?? ''}`, {
      category: CATEGORY[d.role],
      manufacturer: m.manufacturer,
      model: m.name,
      partNumber: m.partNumber ?? '',
      description: m.generic ? 'Generic model: choose a concrete product' : '',
      unit: 'pcs',
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
      tallies.add(`nic|${m.manufacturer}|${nic.id}|${nic.name}`, {
        category: 'NIC',
        manufacturer: m.manufacturer,
        model: nic.name,
        partNumber: nic.partNumber ?? '',
        description: `for ${m.name}`,
        unit: 'pcs',
      });
    }
  }
}

function addOptic(tallies: Tallies, optic: Transceiver, hostMaker: string): void {
  const count =
    optic.medium === 'base-t' ? 'one per RJ45 run into an SFP cage' : 'one per fiber end';
  const fields: LineFields = {
    category: 'Transceiver',
    manufacturer: '',
    model: optic.name,
    partNumber: optic.partNumber ?? '',
    description: optic.description,
    unit: 'pcs',
  };
  const tally = tallies.add(`xcvr|${optic.id}`, fields, 1, [count]);
  tally.hosts.set(hostMaker, (tally.hosts.get(hostMaker) ?? 0) + 1);
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

/** The plug a DAC or AOC needs for a link speed: an SFP28 cage at 10G takes an SFP+ cable. */
const PLUG_FOR_SPEED: Record<'sfp' | 'qsfp', Partial<Record<number, FormFactor>>> = {
  sfp: { 1: 'SFP', 10: 'SFP+', 25: 'SFP28' },
  qsfp: { 40: 'QSFP+', 100: 'QSFP28' },
};

function plugFor(cage: FormFactor, speed: number | null): FormFactor {
  const family = QSFP.has(cage) ? PLUG_FOR_SPEED.qsfp : PLUG_FOR_SPEED.sfp;
  return (speed === null ? undefined : family[speed]) ?? cage;
}

/** "A to B" with the larger end first, so both directions of a link name one product. */
function ends<T extends string>(
  a: T,
  b: T,
  rank: readonly T[],
  label: (x: T) => string = (x) => x,
): string {
  const [first, second] = rank.indexOf(a) >= rank.indexOf(b) ? [a, b] : [b, a];
  return `${label(first)} to ${label(second)}`;
}

type EndOptics = readonly [Transceiver | null | undefined, Transceiver | null | undefined];

/**
 * What makes two cables of one media different products. DAC and AOC have their plugs built in:
 * the form factor and speed of the link (a 25G SFP28 and a 100G QSFP28 DAC differ). A fiber patch
 * cord takes the connector of the optics at its ends (LC duplex; MPO-12 for SR4 parallel optics),
 * not their speed, since one cord serves any speed. Twisted pair is RJ45 whatever the speed.
 */
function productOf(spec: MediaSpec, link: CableInfo, topo: Topology, optics: EndOptics): string {
  if (spec.kind === 'twisted-pair') return 'RJ45 to RJ45';
  if (spec.kind === 'fiber') {
    const [a, b] = optics.map((o) => o?.connector);
    if (!a || !b) return 'connectors to match the optics';
    return ends(a, b, Connector.options, (c) => CONNECTOR_LABEL[c]);
  }
  const plugs = ends(
    plugFor(topo.formFactorOf(link.a), link.speed),
    plugFor(topo.formFactorOf(link.b), link.speed),
    FORM_FACTORS,
  );
  return link.speed === null ? plugs : `${plugs}, ${link.speed}G`;
}

/** Parallel optics face each other through a crossed trunk: what the installer must order. */
const MPO_REMARK = 'MPO-12 female to female, polarity type B (optic to optic)';

/** One line per product and orderable length; beyond the largest, one per custom length. */
function addCable(
  tallies: Tallies,
  spec: MediaSpec,
  link: CableInfo,
  topo: Topology,
  optics: EndOptics,
): void {
  const { cable } = link;
  const product = productOf(spec, link, topo, optics);
  const remarks: string[] = [];
  const length = orderableLength(spec, cable.lengthM);
  if (length === null) {
    const largest = spec.lengthsM[spec.lengthsM.length - 1];
    remarks.push(`custom length: beyond the largest orderable ${largest} m`);
  }
  if (spec.kind === 'fiber' && optics.every((o) => o?.connector === 'mpo-12'))
    remarks.push(MPO_REMARK);
  const lengthM = length ?? cable.lengthM;
  const key = `cable|${spec.media}|${product}|${length === null ? 'custom|' : ''}${lengthM}`;
  const fields: LineFields = {
    category: 'Cable',
    manufacturer: '',
    model: spec.name,
    // A user catalog's media part number is printed as given, never extended with a length.
    partNumber: spec.partNumber ?? '',
    description: `${spec.name}, ${product}, ${lengthM} m`,
    unit: 'pcs',
  };
  const tally = tallies.add(key, fields, 1, remarks);
  if (length !== null && length !== cable.lengthM) tally.roundedUp += 1;
  if (cable.lengthEstimated) tally.estimated += 1;
}

/**
 * The BOM as CSV: a few key/value rows naming the design, an empty row, then the table. Every
 * row has the table's width, so strict CSV readers take the file as it is.
 */
export function bomCsv(design: Design, options: CsvOptions & { catalog?: Catalog } = {}): string {
  const rows = buildBom(design, options.catalog).map((l) => [
    l.category,
    l.manufacturer,
    l.model,
    l.partNumber,
    l.description,
    l.quantity,
    l.unit,
    l.lengthEstimated === null ? '' : l.lengthEstimated ? 'yes' : 'no',
    l.notes,
  ]);
  return toCsv(BOM_COLUMNS, rows, options, bomHeader(design.meta));
}
