import { z } from 'zod';
import type { Design, Device } from '../model';
import { portKey } from '../model';

/**
 * The difference between two revisions of a design, by stable ids rather than by text. Every
 * entity is compared field by field without a list of fields, so a field the model gains later
 * is reported too (under its JSON name until it gets a friendly one in LABELS).
 */

export const ChangeKind = z.enum(['added', 'removed', 'changed', 'moved']);
export type ChangeKind = z.infer<typeof ChangeKind>;

export const DesignChange = z.strictObject({
  kind: ChangeKind,
  entity: z.string().describe('device, port, cable, LAG, network, cluster, ... or layout'),
  id: z.string().describe('stable id: the entity id, device#port for a port'),
  name: z.string().describe('what a user calls it: hostname, label, name'),
  field: z.string().optional().describe('dotted path of the changed field within the entity'),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  text: z.string(),
  targets: z.array(z.string()).describe('ids the app selects for this change'),
});
export type DesignChange = z.infer<typeof DesignChange>;

export interface DiffOptions {
  /** Report layout (position) changes too. */
  layout?: boolean;
}

/** Friendly names for common fields; any other field is named by its path. */
const LABELS: Record<string, string> = {
  hostname: 'hostname',
  role: 'role',
  'model.name': 'model',
  'model.manufacturer': 'manufacturer',
  'model.catalogId': 'catalog model',
  vlan: 'VLAN',
  cidr: 'subnet',
  mtu: 'MTU',
  latencyMs: 'latency (ms)',
  media: 'media',
  lengthM: 'length (m)',
  lengthEstimated: 'length estimated',
  label: 'label',
  color: 'colour',
  name: 'name',
  mode: 'mode',
  lacpRate: 'LACP rate',
  members: 'members',
  mlagPair: 'MLAG pair',
  nodes: 'nodes',
  domain: 'domain',
  qdevice: 'QDevice',
  plannedVms: 'planned VMs',
  iopsPerVm: 'IOPS per VM',
  'ceph.enabled': 'Ceph',
  'ceph.monitors': 'Ceph monitors',
  'ceph.managers': 'Ceph managers',
  'ceph.pools': 'Ceph pools',
  switches: 'switches',
  firewalls: 'firewalls',
  peerLinkLag: 'peer link',
  'keepalive.network': 'keepalive network',
  'keepalive.cable': 'keepalive cable',
  'config.mode': 'VLAN mode',
  'config.untaggedVlan': 'untagged VLAN',
  'config.taggedVlans': 'tagged VLANs',
  'config.mtu': 'MTU',
  'config.description': 'description',
  speeds: 'speeds (Gbps)',
  address: 'address',
  tagged: 'tagged',
  corosync: 'corosync link',
  'server.cpuThreads': 'CPU threads',
  'server.ramGiB': 'RAM (GiB)',
  'server.disks': 'disks',
  reason: 'reason',
};

const ENTITIES: Record<
  string,
  { entity: string; name: (item: Record<string, unknown>) => string }
> = {
  devices: { entity: 'device', name: (d) => String(d.hostname ?? d.id) },
  cables: { entity: 'cable', name: (c) => String(c.label ?? c.id) },
  lags: { entity: 'LAG', name: (l) => String(l.name ?? l.id) },
  mlagPairs: { entity: 'MLAG pair', name: (p) => String(p.name ?? p.id) },
  haPairs: { entity: 'HA pair', name: (p) => String(p.id) },
  networks: { entity: 'network', name: (n) => String(n.name ?? n.id) },
  clusters: { entity: 'cluster', name: (c) => String(c.name ?? c.id) },
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    let defined = 0;
    for (const key of keys) {
      if (a[key] === undefined) continue;
      defined++;
      if (!deepEqual(a[key], b[key])) return false;
    }
    let other = 0;
    for (const key in b) if (b[key] !== undefined) other++;
    return defined === other;
  }
  return false;
}

/** Visits every differing leaf (a scalar or a whole array) of two values. */
function walk(
  before: unknown,
  after: unknown,
  path: string[],
  visit: (path: string[], before: unknown, after: unknown) => void,
): void {
  if (before === after) return;
  // An object on one side and nothing on the other is walked too: its leaves are the news.
  const objectOrNothing = (v: unknown) => isObject(v) || v === undefined;
  if (objectOrNothing(before) && objectOrNothing(after)) {
    const b = (before ?? {}) as Json;
    const a = (after ?? {}) as Json;
    const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
    for (const key of keys) walk(b[key], a[key], [...path, key], visit);
    return;
  }
  if (!deepEqual(before, after)) visit(path, before, after);
}

/** Names in text: device ids read as hostnames, ports as host:port. */
class Namer {
  private readonly hosts = new Map<string, string>();
  constructor(...designs: Design[]) {
    // Later designs first win: the newer name of a renamed thing is the one shown.
    for (const design of [...designs].reverse()) {
      for (const n of design.networks) this.hosts.set(n.id, n.name);
      for (const l of design.lags) this.hosts.set(l.id, l.name);
      for (const d of design.devices) this.hosts.set(d.id, d.hostname);
    }
    for (const design of designs) for (const d of design.devices) this.hosts.set(d.id, d.hostname);
  }
  host(id: string): string {
    return this.hosts.get(id) ?? id;
  }
  value(v: unknown): string {
    if (v === undefined || v === null) return '(none)';
    if (typeof v === 'boolean') return v ? 'yes' : 'no';
    if (typeof v === 'string') return this.hosts.get(v) ?? (v === '' ? '""' : v);
    if (typeof v === 'number') return String(v);
    if (Array.isArray(v)) return v.length === 0 ? '(none)' : v.map((x) => this.value(x)).join(', ');
    if (isObject(v) && typeof v.device === 'string' && typeof v.port === 'string') {
      return `${this.host(v.device)}:${v.port}`;
    }
    return JSON.stringify(v);
  }
}

function label(path: string[]): string {
  const key = path.join('.');
  return LABELS[key] ?? key;
}

/** The text of one changed field: a value, or the items a list gained and lost. */
function fieldText(namer: Namer, path: string[], before: unknown, after: unknown): string {
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = (x: unknown) => JSON.stringify(x);
    const had = new Set(before.map(key));
    const has = new Set(after.map(key));
    const added = after.filter((x) => !had.has(key(x)));
    const removed = before.filter((x) => !has.has(key(x)));
    if (added.length === 0 && removed.length === 0) return `${label(path)} reordered`;
    const parts: string[] = [];
    if (added.length > 0) parts.push(`+ ${namer.value(added)}`);
    if (removed.length > 0) parts.push(`- ${namer.value(removed)}`);
    return `${label(path)} ${parts.join('; ')}`;
  }
  return `${label(path)} ${namer.value(before)} -> ${namer.value(after)}`;
}

/** Entities of a keyed list by key, in list order. */
function byKey(list: unknown, key: (item: Json) => string): Map<string, Json> {
  const map = new Map<string, Json>();
  if (Array.isArray(list)) for (const item of list) if (isObject(item)) map.set(key(item), item);
  return map;
}

const CABLE_ENDS: ReadonlySet<string> = new Set(['a', 'b']);
const DEVICE_PARTS: ReadonlySet<string> = new Set(['ports', 'attachments']);
const ATTACHMENT_KEY = (a: Json) =>
  `${String(a.network)}@${String(a.port ?? `lag:${String(a.lag)}`)}`;
const SUPPRESSION_KEY = (s: Json) => `${String(s.rule)}#${String(s.fingerprint ?? '*')}`;

export function diffDesigns(
  before: Design,
  after: Design,
  options: DiffOptions = {},
): DesignChange[] {
  const namer = new Namer(after, before);
  const changes: DesignChange[] = [];
  const oldDoc = before as unknown as Json;
  const newDoc = after as unknown as Json;
  const cablesOf = (design: Design) => {
    const count = new Map<string, number>();
    for (const c of design.cables) {
      count.set(c.a.device, (count.get(c.a.device) ?? 0) + 1);
      if (c.b.device !== c.a.device) count.set(c.b.device, (count.get(c.b.device) ?? 0) + 1);
    }
    return count;
  };
  let cabledBefore: Map<string, number> | undefined;
  let cabledAfter: Map<string, number> | undefined;

  const keys = new Set([...Object.keys(oldDoc), ...Object.keys(newDoc)]);
  for (const key of keys) {
    if (key === 'schemaVersion') continue;
    if (key === 'layout') {
      if (options.layout) diffLayout(namer, oldDoc.layout, newDoc.layout, changes);
      continue;
    }
    if (key === 'suppressions') {
      diffKeyed(namer, 'suppression', oldDoc[key], newDoc[key], SUPPRESSION_KEY, changes, {
        name: (s) =>
          s.fingerprint ? `${String(s.rule)} (${String(s.fingerprint)})` : String(s.rule),
        summary: (s) => `reason: ${String(s.reason)}`,
      });
      continue;
    }
    const known = ENTITIES[key];
    const list = Array.isArray(oldDoc[key]) ? oldDoc[key] : newDoc[key];
    const keyedById =
      Array.isArray(list) && list.every((x) => isObject(x) && typeof x.id === 'string');
    if (known || keyedById) {
      const entity = known?.entity ?? key;
      const name = known?.name ?? ((x: Json) => String(x.name ?? x.label ?? x.id));
      if (key === 'devices') {
        cabledBefore = cablesOf(before);
        cabledAfter = cablesOf(after);
      }
      diffKeyed(namer, entity, oldDoc[key], newDoc[key], (x) => String(x.id), changes, {
        name,
        summary: (x, side) =>
          summary(namer, key, x, side === 'before' ? cabledBefore : cabledAfter),
        nested: key === 'devices' ? (o, n) => diffDeviceParts(namer, o, n, changes) : undefined,
        special: key === 'cables' ? (o, n) => cableMove(namer, o, n) : undefined,
        omit: key === 'cables' ? CABLE_ENDS : key === 'devices' ? DEVICE_PARTS : undefined,
      });
      continue;
    }
    // A single record (meta, thresholds, or one the model gains later).
    walk(oldDoc[key], newDoc[key], [], (path, b, a) => {
      changes.push({
        kind: 'changed',
        entity: key,
        id: key,
        name: key,
        field: path.join('.') || undefined,
        before: b,
        after: a,
        text: `${key === 'meta' ? 'design' : key}: ${fieldText(namer, path.length ? path : [key], b, a)}`,
        targets: [],
      });
    });
  }
  return changes;
}

function targetsOf(entity: string, item: Json): string[] {
  if (entity === 'device' || entity === 'cable') return [String(item.id)];
  if (entity === 'LAG' && Array.isArray(item.members)) {
    return item.members
      .filter(isObject)
      .map((m) => portKey({ device: String(m.device), port: String(m.port) }));
  }
  if (entity === 'cluster' && Array.isArray(item.nodes)) return item.nodes.map(String);
  if (
    (entity === 'MLAG pair' && Array.isArray(item.switches)) ||
    (entity === 'HA pair' && Array.isArray(item.firewalls))
  ) {
    return ((item.switches ?? item.firewalls) as unknown[]).map(String);
  }
  return [];
}

/** A few words on what an added or removed entity is. */
function summary(namer: Namer, key: string, item: Json, cabled?: Map<string, number>): string {
  switch (key) {
    case 'devices': {
      const ports = Array.isArray(item.ports) ? item.ports.length : 0;
      const n = cabled?.get(String(item.id)) ?? 0;
      return `${String(item.role)}, ${ports} port${ports === 1 ? '' : 's'}, ${n} cabled`;
    }
    case 'cables':
      return `${namer.value(item.a)} - ${namer.value(item.b)}`;
    case 'networks':
      return [
        item.role,
        item.vlan !== undefined ? `VLAN ${String(item.vlan)}` : 'untagged',
        item.cidr,
      ]
        .filter((x) => x !== undefined)
        .map(String)
        .join(', ');
    case 'lags':
      return `members ${namer.value(item.members)}`;
    case 'clusters':
      return `nodes ${namer.value(item.nodes)}`;
    default:
      return '';
  }
}

/** A cable whose end changed moved: one change that says from where to where. */
function cableMove(namer: Namer, old: Json, item: Json): Partial<DesignChange> | undefined {
  const a = !deepEqual(old.a, item.a);
  const b = !deepEqual(old.b, item.b);
  if (!a && !b) return undefined;
  const text =
    a && b
      ? `moved from ${namer.value(old.a)} - ${namer.value(old.b)} to ${namer.value(item.a)} - ${namer.value(item.b)}`
      : a
        ? `moved from ${namer.value(old.a)} to ${namer.value(item.a)}`
        : `moved from ${namer.value(old.b)} to ${namer.value(item.b)}`;
  return {
    kind: 'moved',
    field: a && b ? 'a,b' : a ? 'a' : 'b',
    before: a && b ? { a: old.a, b: old.b } : a ? old.a : old.b,
    after: a && b ? { a: item.a, b: item.b } : a ? item.a : item.b,
    text,
  };
}

interface KeyedOptions {
  name: (item: Json) => string;
  summary?: (item: Json, side: 'before' | 'after') => string;
  nested?: (before: Json, after: Json) => void;
  /** A change told in its own words (a cable moved); the fields in `omit` are its business. */
  special?: (before: Json, after: Json) => Partial<DesignChange> | undefined;
  omit?: ReadonlySet<string>;
  owner?: string;
  targets?: (item: Json) => string[];
}

function diffKeyed(
  namer: Namer,
  entity: string,
  beforeList: unknown,
  afterList: unknown,
  key: (item: Json) => string,
  changes: DesignChange[],
  options: KeyedOptions,
): void {
  const before = byKey(beforeList, key);
  const after = byKey(afterList, key);
  const prefix = options.owner ? `${options.owner} ` : '';
  const targets = options.targets ?? ((item: Json) => targetsOf(entity, item));
  const describe = (item: Json, side: 'before' | 'after') => {
    const text = options.summary?.(item, side) ?? '';
    return text ? ` (${text})` : '';
  };
  for (const [id, item] of after) {
    const old = before.get(id);
    // Most items of a revision are unchanged: one comparison, without walking their fields.
    if (old && deepEqual(old, item)) continue;
    const name = options.name(item);
    if (!old) {
      changes.push({
        kind: 'added',
        entity,
        id,
        name,
        after: item,
        text: `${prefix}${entity} ${name} added${describe(item, 'after')}`,
        targets: targets(item),
      });
      continue;
    }
    const special = options.special?.(old, item);
    if (special) {
      changes.push({
        kind: 'changed',
        entity,
        id,
        name,
        targets: targets(item),
        ...special,
        text: `${prefix}${entity} ${name} ${special.text ?? 'changed'}`,
      });
    }
    for (const field of Object.keys({ ...old, ...item })) {
      if (options.omit?.has(field)) continue;
      walk(old[field], item[field], [field], (path, b, a) => {
        changes.push({
          kind: 'changed',
          entity,
          id,
          name,
          field: path.join('.'),
          before: b,
          after: a,
          text: `${prefix}${entity} ${name}: ${fieldText(namer, path, b, a)}`,
          targets: targets(item),
        });
      });
    }
    options.nested?.(old, item);
  }
  for (const [id, item] of before) {
    if (after.has(id)) continue;
    const name = options.name(item);
    changes.push({
      kind: 'removed',
      entity,
      id,
      name,
      before: item,
      text: `${prefix}${entity} ${name} removed${describe(item, 'before')}`,
      targets: targets(item),
    });
  }
}

/** Ports (by name) and network attachments (by network and port or LAG) of one device. */
function diffDeviceParts(namer: Namer, before: Json, after: Json, changes: DesignChange[]): void {
  const device = after as unknown as Device;
  const owner = device.hostname;
  diffKeyed(
    namer,
    'port',
    before.ports,
    after.ports,
    (p) => portKey({ device: device.id, port: String(p.name) }),
    changes,
    {
      name: (p) => `${owner}:${String(p.name)}`,
      summary: (p) => `${String(p.type)}, ${String(p.role)}`,
      targets: (p) => [device.id, portKey({ device: device.id, port: String(p.name) })],
    },
  );
  diffKeyed(
    namer,
    'attachment',
    before.attachments,
    after.attachments,
    (a) => `${device.id}/${ATTACHMENT_KEY(a)}`,
    changes,
    {
      name: (a) => {
        const on = a.port !== undefined ? String(a.port) : `LAG ${namer.value(String(a.lag))}`;
        return `${owner} on ${namer.value(String(a.network))} via ${on}`;
      },
      summary: (a) => (a.address ? `address ${String(a.address)}` : 'no address'),
      targets: () => [device.id],
    },
  );
}

function diffLayout(namer: Namer, before: unknown, after: unknown, changes: DesignChange[]): void {
  const oldLayout = isObject(before) ? before : {};
  const newLayout = isObject(after) ? after : {};
  const oldAt = isObject(oldLayout.positions) ? oldLayout.positions : {};
  const newAt = isObject(newLayout.positions) ? newLayout.positions : {};
  const where = (p: unknown) =>
    isObject(p) ? `(${Math.round(Number(p.x))}, ${Math.round(Number(p.y))})` : '(nowhere)';
  for (const id of new Set([...Object.keys(oldAt), ...Object.keys(newAt)])) {
    const from = oldAt[id];
    const to = newAt[id];
    if (deepEqual(from, to)) continue;
    changes.push({
      kind: 'moved',
      entity: 'layout',
      id,
      name: namer.host(id),
      field: 'position',
      before: from,
      after: to,
      text: `${namer.host(id)} moved on the canvas from ${where(from)} to ${where(to)}`,
      targets: [id],
    });
  }
  // Anything else the layout holds (now or later), field by field.
  walk(
    { ...oldLayout, positions: undefined },
    { ...newLayout, positions: undefined },
    [],
    (path, b, a) => {
      changes.push({
        kind: 'changed',
        entity: 'layout',
        id: path.join('.'),
        name: 'layout',
        field: path.join('.'),
        before: b,
        after: a,
        text: `layout: ${fieldText(namer, path, b, a)}`,
        targets: [],
      });
    },
  );
}
