import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import { z } from 'zod';
import type { CatalogModel, CatalogPortEntry } from '../catalog/schema';
import type { LoadProblem } from '../format/problem';
import { Id } from '../model/ids';
import type { DeviceRole, PortRole, PortType } from '../model/vocabulary';
import { DeviceRole as DeviceRoleSchema, FORM_FACTOR_OF, SFP_FAMILY } from '../model/vocabulary';
import { maxOf } from '../model/numbers';
import { slugify } from './names';

/**
 * The device-type library's YAML (netbox-community/devicetype-library, schema/devicetype.json),
 * the part ClusterWire reads. Components the catalog has no place for are accepted and reported.
 */
const Component = z.looseObject({ name: z.string().min(1), type: z.string().min(1) });
const Interface = Component.extend({
  mgmt_only: z.boolean().optional(),
  label: z.string().optional(),
  description: z.string().optional(),
});
const PowerPort = Component.extend({
  maximum_draw: z.number().nonnegative().optional(),
  allocated_draw: z.number().nonnegative().optional(),
});
export const LibraryDeviceType = z.looseObject({
  manufacturer: z.string().min(1),
  model: z.string().min(1),
  slug: z
    .string()
    .regex(/^[-a-z0-9_]+$/, 'a slug is lower-case letters, digits, - and _')
    .optional(),
  part_number: z.string().optional(),
  u_height: z.number().min(0).optional(),
  comments: z.string().optional(),
  interfaces: z.array(Interface).optional(),
  'console-ports': z.array(Component).optional(),
  'power-ports': z.array(PowerPort).optional(),
});
export type LibraryDeviceTypeInput = z.infer<typeof LibraryDeviceType>;

/** Library keys with no place in a catalog model: read, not mapped, and said so. */
const NOT_MAPPED_KEYS = [
  'console-server-ports',
  'power-outlets',
  'front-ports',
  'rear-ports',
  'module-bays',
  'device-bays',
  'inventory-items',
];
/** Library keys that describe the chassis, not its network: ignored without a word. */
const QUIET_KEYS = new Set([
  'manufacturer',
  'model',
  'slug',
  'part_number',
  'u_height',
  'comments',
  'interfaces',
  'console-ports',
  'power-ports',
  'is_full_depth',
  'airflow',
  'front_image',
  'rear_image',
  'subdevice_role',
  'weight',
  'weight_unit',
  'description',
  'exclude_from_utilization',
  'is_powered',
]);

/** NetBox interface types that are port types of the design (the design uses NetBox's slugs). */
const PORT_TYPE_OF: Record<string, PortType> = {
  '1000base-t': '1000base-t',
  '10gbase-t': '10gbase-t',
  '1000base-x-sfp': '1000base-x-sfp',
  '10gbase-x-sfpp': '10gbase-x-sfpp',
  '25gbase-x-sfp28': '25gbase-x-sfp28',
  '40gbase-x-qsfpp': '40gbase-x-qsfpp',
  '100gbase-x-qsfp28': '100gbase-x-qsfp28',
};

export interface ImportedModel {
  model: CatalogModel;
  /** What the file holds that the model does not: unmapped ports, components, guesses. */
  notes: string[];
}

export type DeviceTypeParse =
  { ok: true; imported: ImportedModel } | { ok: false; problems: LoadProblem[] };

export interface DeviceTypeImportOptions {
  /** The role of the model; the library has none, so without it the role is guessed. */
  role?: DeviceRole | undefined;
  /** Where the file came from, for the model's `source`. */
  source?: string | undefined;
}

/** One device-type YAML file to a catalog model, or the problems that stop it, with lines. */
export function importDeviceType(
  text: string,
  options: DeviceTypeImportOptions = {},
): DeviceTypeParse {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        code: 'syntax',
        message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
        path: [],
        ...at(e.pos[0]),
      })),
    };
  }
  const value: unknown = doc.toJS();
  const parsed = LibraryDeviceType.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
        const node = nodeAt(doc, path);
        const where = node?.range ? at(node.range[0]) : {};
        const key = path[path.length - 1];
        const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
        const message =
          missing && key !== undefined ? `required field "${key}" is missing` : issue.message;
        return { code: 'schema', message, path, ...where };
      }),
    };
  }
  return { ok: true, imported: toModel(parsed.data, options) };
}

/** The deepest node of the document on `path` (the value itself when it exists). */
function nodeAt(doc: Document, path: (string | number)[]): Node | undefined {
  let node: unknown = doc.contents;
  let found = node as Node | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!node) break;
    } else break;
    found = node as Node;
  }
  return found;
}

function toModel(type: LibraryDeviceTypeInput, options: DeviceTypeImportOptions): ImportedModel {
  const notes: string[] = [];
  const ports: { name: string; type: PortType; role: PortRole }[] = [];
  for (const iface of type.interfaces ?? []) {
    const portType = PORT_TYPE_OF[iface.type];
    if (!portType) {
      notes.push(
        `interface ${iface.name}: type "${iface.type}" is not a port type ClusterWire knows; left out`,
      );
      continue;
    }
    if (iface.mgmt_only && isBmcInterface(iface)) {
      // A BMC's copper port is the catalog's "bmc" port type, as in the built-in models (and as
      // the NetBox export writes one: 1000base-t, management only).
      ports.push({
        name: iface.name,
        type: portType === '1000base-t' ? 'bmc' : portType,
        role: 'bmc',
      });
    } else
      ports.push({ name: iface.name, type: portType, role: iface.mgmt_only ? 'mgmt' : 'service' });
  }
  for (const console of type['console-ports'] ?? [])
    ports.push({ name: console.name, type: 'console', role: 'console' });

  const power = type['power-ports'] ?? [];
  let powerText = '';
  if (power.length > 0) {
    const draws = power.map((p) => p.maximum_draw).filter((d): d is number => d !== undefined);
    const kinds = [...new Set(power.map((p) => p.type))].join(', ');
    powerText = `${power.length} power port${power.length === 1 ? '' : 's'} (${kinds})${draws.length > 0 ? `, maximum draw ${maxOf(draws)} W each` : ''}`;
    notes.push(
      `power ports: kept in the description (${powerText}); the catalog has no power fields`,
    );
  }
  for (const key of Object.keys(type)) {
    if (NOT_MAPPED_KEYS.includes(key))
      notes.push(`${key}: not mapped (the catalog has no such ports)`);
    else if (!QUIET_KEYS.has(key)) notes.push(`${key}: not a device-type library field; ignored`);
  }

  let role = options.role;
  if (!role) {
    const guess = guessRole(type, ports);
    role = guess.role;
    notes.push(
      `role: guessed "${role}" from ${guess.from} (the library has no role; choose one when importing, --role in the CLI)`,
    );
  }
  const slug = type.slug ?? `${slugify(type.manufacturer)}-${slugify(type.model)}`;
  const id = Id.safeParse(slug).success ? slug : slugify(`${type.manufacturer}-${type.model}`);
  const description = [type.comments?.trim().replace(/\.$/, ''), powerText]
    .filter(Boolean)
    .join('. ');
  const model: CatalogModel = {
    id,
    role,
    manufacturer: type.manufacturer,
    model: type.model,
    generic: false,
    description,
    source: options.source ?? 'NetBox device-type library',
    ports: compress(ports),
    // The library holds no VLAN, LAG, MTU or MLAG limits: unknown, never guessed.
    limits: {},
    nicOptions: [],
    defaultNics: [],
  };
  if (type.part_number) model.partNumber = type.part_number;
  if (type.u_height !== undefined && type.u_height > 0) model.heightU = type.u_height;
  return { model, notes };
}

/**
 * Product families whose name says what they are, matched on manufacturer and model. Only model
 * lines, never a whole manufacturer: Aruba, Cisco, Sophos or SonicWall also make access points,
 * routers and switches. Switch lines are tried first (Supermicro makes SSE- switches as well as
 * SYS- servers).
 */
const SWITCH_NAMES =
  /\b(dcs|ccs)-\d|\bm?sn\d{4}|nexus|\bws-c\d|catalyst (2|3|9[2-5])\d|\bc9[2-5]\d\d|aruba (cx )?[2-8]\d{3}[a-z]?\b|\bjl\d{3}a|instant on 19\d0|\bicx\s?\d|\bqfx\d|\bex\d{4}|\b[snz]\d{4}[a-z]*-on\b|\bsse-/i;
const FIREWALL_NAMES =
  /fortigate|\bpa-\d|\bsrx\s?\d|firepower|\bfpr-?\d|\basa ?55\d\d|sophos xgs?\s?\d|sonicwall (tz|nsa|nssp)|watchguard firebox|netgate|check ?point/i;
const SERVER_NAMES = /poweredge|proliant|thinksystem|primergy|\bucs c\d|\b(sys|as|ssg)-\d/i;
/**
 * Out-of-band controllers a server's management port is named after (Dell iDRAC, HPE iLO,
 * Lenovo XCC and IMM, Fujitsu iRMC, Cisco CIMC, Oracle ILOM, plain IPMI and BMC), as a word of
 * its own or followed by a number: "iDRAC", "iLO 5", "XCC1", "BMC port"; not "immediate".
 */
const BMC_WORD = /(?:^|[^a-z])(?:idrac|ilom?|ipmi|bmc|xcc|imm|irmc|cimc)(?![a-z])/i;

/** A management-only interface is the BMC's when its name, label or description says so. */
function isBmcInterface(iface: { name: string; label?: string; description?: string }): boolean {
  return [iface.name, iface.label, iface.description].some(
    (text) => text !== undefined && BMC_WORD.test(text),
  );
}

/**
 * The library records no role, so it is guessed: from the product family's name first, then
 * from a BMC-named management port (a server), then from the ports (many SFP-family data ports:
 * a data-centre switch; many RJ45 ones: an access switch). Says what it went by.
 */
function guessRole(
  type: LibraryDeviceTypeInput,
  ports: { name: string; type: PortType; role: PortRole }[],
): { role: DeviceRole; from: string } {
  const data = ports.filter((p) => p.role === 'service');
  const caged = data.filter((p) => SFP_FAMILY.has(FORM_FACTOR_OF[p.type])).length;
  const switchByPorts = (): DeviceRole =>
    caged * 2 >= data.length && caged > 0
      ? DeviceRoleSchema.enum['core-switch']
      : DeviceRoleSchema.enum['mgmt-switch'];
  const name = `${type.manufacturer} ${type.model}`;
  if (SWITCH_NAMES.test(name))
    return { role: switchByPorts(), from: 'the model name and its ports' };
  if (FIREWALL_NAMES.test(name))
    return { role: DeviceRoleSchema.enum.firewall, from: 'the model name' };
  if (SERVER_NAMES.test(name))
    return { role: DeviceRoleSchema.enum.server, from: 'the model name' };
  const bmc = ports.find((p) => p.role === 'bmc');
  if (bmc) return { role: DeviceRoleSchema.enum.server, from: `its ${bmc.name} port` };
  if (caged >= 8 || data.length >= 8) return { role: switchByPorts(), from: 'the ports' };
  return { role: DeviceRoleSchema.enum.other, from: 'the ports' };
}

const NUMBERED = /^(.*?)(\d+)$/;

/** Runs of three or more ports named prefix1..prefixN with one type and role become a range. */
function compress(ports: { name: string; type: PortType; role: PortRole }[]): CatalogPortEntry[] {
  const out: CatalogPortEntry[] = [];
  let i = 0;
  while (i < ports.length) {
    const first = ports[i]!;
    const m = NUMBERED.exec(first.name);
    let j = i + 1;
    if (m && !m[2]!.startsWith('0')) {
      const from = Number(m[2]);
      while (j < ports.length) {
        const p = ports[j]!;
        if (p.type !== first.type || p.role !== first.role) break;
        if (p.name !== `${m[1]}${from + (j - i)}`) break;
        j++;
      }
      if (j - i >= 3) {
        out.push({
          range: { prefix: m[1]!, from, to: from + (j - i) - 1, suffix: '' },
          type: first.type,
          role: first.role,
        });
        i = j;
        continue;
      }
    }
    out.push({ name: first.name, type: first.type, role: first.role });
    i++;
  }
  return out;
}
