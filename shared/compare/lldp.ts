import { z } from 'zod';
import { parseLocatedJson } from '../format';

/**
 * LLDP neighbour tables as devices print them. None of these outputs names the device that
 * printed it, so a report is always paired with a device name from elsewhere (file name, option).
 *
 * - lldpd `lldpcli -f json0 show neighbors details`: every level is a list, whatever the count.
 * - lldpd `lldpcli -f json show neighbors details`: a level with one entry is an object, several
 *   are a list; the chassis is keyed by the system name.
 * - Arista EOS `show lldp neighbors | json`: a flat list of {port, neighborDevice, neighborPort}.
 * - Arista EOS `show lldp neighbors detail | json`: keyed by local interface, each with a list of
 *   neighbours ({systemName, neighborInterfaceInfo}).
 */

export const LldpFormat = z.enum(['lldpd-json0', 'lldpd-json', 'eos', 'eos-detail']);
export type LldpFormat = z.infer<typeof LldpFormat>;

/** One neighbour one port of the reporting device sees. */
export const LldpNeighbor = z.strictObject({
  localPort: z.string(),
  system: z.string().describe('the system name the neighbour announces (may be a FQDN)'),
  port: z.string().describe('the interface name of the neighbour, or its description'),
});
export type LldpNeighbor = z.infer<typeof LldpNeighbor>;

export type LldpParse =
  | { ok: true; format: LldpFormat; neighbors: LldpNeighbor[] }
  | { ok: false; message: string; path?: Array<string | number> };

// The schemas name only the fields ClusterWire reads and drop the rest (zod's default): real
// outputs carry many more (capabilities, management addresses, ages), and copying those for
// thousands of files cost more than parsing the JSON.

// lldpd json0: [{value}] wrappers around every scalar.
const Json0Value = z.array(z.object({ value: z.string().optional() }));
const Json0Id = z.array(z.object({ type: z.string().optional(), value: z.string().optional() }));
const Json0Interface = z.object({
  name: z.string(),
  chassis: z.array(z.object({ name: Json0Value.optional(), id: Json0Id.optional() })).optional(),
  port: z.array(z.object({ id: Json0Id.optional(), descr: Json0Value.optional() })).optional(),
});
const Json0 = z.object({
  lldp: z.array(z.object({ interface: z.array(Json0Interface).optional() })),
});

// lldpd json: objects or lists depending on the count.
const JsonId = z.object({ type: z.string().optional(), value: z.string().optional() });
const JsonPort = z.object({ id: JsonId.optional(), descr: z.string().optional() });
const JsonInterface = z.object({
  chassis: z.record(z.string(), z.unknown()).optional(),
  port: JsonPort.optional(),
});
const JsonInterfaces = z.union([
  z.record(z.string(), JsonInterface),
  z.array(z.record(z.string(), JsonInterface)),
]);
const Json = z.object({
  lldp: z.object({ interface: JsonInterfaces.optional() }),
});

const EosBrief = z.object({
  lldpNeighbors: z.array(
    z.object({ port: z.string(), neighborDevice: z.string(), neighborPort: z.string() }),
  ),
});
const EosDetail = z.object({
  lldpNeighbors: z.record(
    z.string(),
    z.object({
      lldpNeighborInfo: z
        .array(
          z.object({
            systemName: z.string().optional(),
            chassisId: z.string().optional(),
            neighborInterfaceInfo: z
              .looseObject({
                interfaceId: z.string().optional(),
                interfaceId_v2: z.string().optional(),
                interfaceIdType: z.string().optional(),
                interfaceDescription: z.string().optional(),
              })
              .optional(),
          }),
        )
        .default([]),
    }),
  ),
});

/** `$.lldp[0].interface[2].name` from a zod issue path. */
function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_][\w-]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function failure(error: z.ZodError, shape: string): LldpParse {
  const issue = error.issues[0]!;
  const path = issue.path.filter((k) => typeof k !== 'symbol') as Array<string | number>;
  return { ok: false, message: `${shape}: ${issue.message} (at ${jsonPath(path)})`, path };
}

/** The port as the neighbour names it: its id when that is an interface name, else its description. */
function neighbourPort(
  id: { type?: string; value?: string } | undefined,
  descr: string | undefined,
) {
  if (id?.type === 'ifname' && id.value) return id.value;
  return descr || id?.value || '';
}

function fromJson0(data: z.infer<typeof Json0>): LldpNeighbor[] {
  const out: LldpNeighbor[] = [];
  for (const block of data.lldp) {
    for (const iface of block.interface ?? []) {
      const chassis = iface.chassis?.[0];
      const port = iface.port?.[0];
      out.push({
        localPort: iface.name,
        system: chassis?.name?.[0]?.value ?? chassis?.id?.[0]?.value ?? '',
        port: neighbourPort(port?.id?.[0], port?.descr?.[0]?.value),
      });
    }
  }
  return out;
}

function fromJson(data: z.infer<typeof Json>): LldpNeighbor[] {
  const out: LldpNeighbor[] = [];
  const list = data.lldp.interface;
  const entries = list === undefined ? [] : Array.isArray(list) ? list : [list];
  for (const entry of entries) {
    for (const [localPort, iface] of Object.entries(entry)) {
      // The chassis is {NAME: {id, descr, ...}}; a neighbour without a system name has {id, ...}.
      const chassis = iface.chassis ?? {};
      const keys = Object.keys(chassis);
      let system = '';
      if ('id' in chassis) {
        const id = JsonId.safeParse(chassis.id);
        system = id.success ? (id.data.value ?? '') : '';
      } else if (keys.length > 0) system = keys[0]!;
      out.push({
        localPort,
        system,
        port: neighbourPort(iface.port?.id, iface.port?.descr),
      });
    }
  }
  return out;
}

/** EOS prints `interfaceId` quoted ("\"Ethernet1\""); `interfaceId_v2` is the plain name. */
const unquote = (text: string) => text.replace(/^"(.*)"$/, '$1');

function fromEosDetail(data: z.infer<typeof EosDetail>): LldpNeighbor[] {
  const out: LldpNeighbor[] = [];
  for (const [localPort, entry] of Object.entries(data.lldpNeighbors)) {
    for (const info of entry.lldpNeighborInfo) {
      const port = info.neighborInterfaceInfo;
      const id = port?.interfaceId_v2 ?? unquote(port?.interfaceId ?? '');
      const isName =
        port?.interfaceIdType === undefined || port.interfaceIdType === 'interfaceName';
      out.push({
        localPort,
        system: info.systemName ?? info.chassisId ?? '',
        port: isName ? id : unquote(port?.interfaceDescription ?? '') || id,
      });
    }
  }
  return out;
}

/** Recognises the shape of `data` (already parsed JSON) and reads its neighbours. */
export function readLldp(data: unknown): LldpParse {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, message: 'expected a JSON object' };
  }
  if ('lldp' in data) {
    // lldpd prints {"lldp": {}} or {"lldp": [{}]} when no port has a neighbour.
    if (Array.isArray(data.lldp)) {
      const parsed = Json0.safeParse(data);
      if (!parsed.success) return failure(parsed.error, 'lldpd json0 output');
      return { ok: true, format: 'lldpd-json0', neighbors: fromJson0(parsed.data) };
    }
    const parsed = Json.safeParse(data);
    if (!parsed.success) return failure(parsed.error, 'lldpd json output');
    return { ok: true, format: 'lldpd-json', neighbors: fromJson(parsed.data) };
  }
  if ('lldpNeighbors' in data) {
    if (Array.isArray(data.lldpNeighbors)) {
      const parsed = EosBrief.safeParse(data);
      if (!parsed.success) return failure(parsed.error, 'EOS "show lldp neighbors | json" output');
      const neighbors = parsed.data.lldpNeighbors.map((n) => ({
        localPort: n.port,
        system: n.neighborDevice,
        port: n.neighborPort,
      }));
      return { ok: true, format: 'eos', neighbors };
    }
    const parsed = EosDetail.safeParse(data);
    if (!parsed.success) {
      return failure(parsed.error, 'EOS "show lldp neighbors detail | json" output');
    }
    return { ok: true, format: 'eos-detail', neighbors: fromEosDetail(parsed.data) };
  }
  return {
    ok: false,
    message:
      'not LLDP output ClusterWire reads: expected lldpd "lldpcli -f json0 show neighbors details" ' +
      '(or -f json), or Arista EOS "show lldp neighbors [detail] | json"',
  };
}

/**
 * Parses the text of one LLDP file; a problem names its line and column. JSON.parse does the
 * work (files come by the thousand); the locating parser runs only to say where a problem is.
 */
export function parseLldp(text: string): LldpParse {
  const body = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const located = parseLocatedJson(body);
    const problem = located.ok ? undefined : located.problems[0];
    return {
      ok: false,
      message: `not valid JSON at line ${problem?.line ?? 1}, column ${problem?.column ?? 1}: ${problem?.message ?? 'unreadable'}`,
    };
  }
  const result = readLldp(data);
  if (result.ok || !result.path) return result;
  const located = parseLocatedJson(body);
  if (!located.ok) return result;
  const at = located.json.locate(result.path);
  return { ...result, message: `line ${at.line}, column ${at.column}: ${result.message}` };
}
