import devicesJson from './devices.json';
import mediaJson from './media.json';
import type { Device, Port } from '../model';
import { DEFAULT_SPEEDS, FORM_FACTOR_OF } from '../model/vocabulary';
import type { CableMedia, FormFactor } from '../model/vocabulary';
import { parseLocatedJson } from '../format/locatedJson';
import type { LoadProblem } from '../format/problem';
import { zodProblems } from '../format/zodProblems';
import { CatalogFile } from './schema';
import type { CatalogModel, CatalogPortEntry, MediaSpec, Transceiver } from './schema';

export * from './schema';

export interface Catalog {
  models: CatalogModel[];
  media: MediaSpec[];
  transceivers: Transceiver[];
}

function buildBuiltin(): Catalog {
  const devices = CatalogFile.parse(devicesJson);
  const media = CatalogFile.parse(mediaJson);
  return { models: devices.models, media: media.media, transceivers: media.transceivers };
}

/** The catalog shipped with ClusterWire; validated when first imported (and by a test). */
export const BUILTIN_CATALOG: Catalog = buildBuiltin();

export function expandPorts(entries: CatalogPortEntry[]): Port[] {
  const ports: Port[] = [];
  for (const entry of entries) {
    if ('range' in entry) {
      const { prefix, from, to, suffix } = entry.range;
      for (let i = from; i <= to; i++) {
        ports.push(
          withSpeeds({
            name: `${prefix}${i}${suffix}`,
            type: entry.type,
            role: entry.role,
            speeds: entry.speeds,
            card: entry.card,
          }),
        );
      }
    } else {
      ports.push(withSpeeds(entry));
    }
  }
  return ports;
}

function withSpeeds(p: Omit<Port, 'speeds' | 'config'> & { speeds?: number[] | undefined }): Port {
  const port: Port = {
    name: p.name,
    type: p.type,
    role: p.role,
    speeds: p.speeds ?? [...DEFAULT_SPEEDS[p.type]],
  };
  if (p.card !== undefined) port.card = p.card;
  if (p.slot !== undefined) port.slot = p.slot;
  return port;
}

export interface DeviceFromModelOptions {
  id: string;
  hostname: string;
  /** NIC options to fit; defaults to the model's defaultNics. */
  nics?: string[];
}

/** A device carrying a snapshot of its model's ports and limits, so the file is self-contained. */
export function deviceFromModel(model: CatalogModel, options: DeviceFromModelOptions): Device {
  const nicIds = options.nics ?? model.defaultNics;
  const nicPorts = nicIds.map((id) => {
    const nic = model.nicOptions.find((n) => n.id === id);
    if (!nic) throw new Error(`model ${model.id} has no NIC option "${id}"`);
    return nic.ports;
  });
  const device: Device = {
    id: options.id,
    role: model.role,
    hostname: options.hostname,
    model: {
      catalogId: model.id,
      manufacturer: model.manufacturer,
      name: model.model,
      ...(model.partNumber !== undefined ? { partNumber: model.partNumber } : {}),
      ...(model.generic ? { generic: true } : {}),
      ...(model.platform !== undefined ? { platform: model.platform } : {}),
    },
    ports: expandPorts([...model.ports, ...nicPorts.flat()]),
    limits: { ...model.limits },
    attachments: [],
  };
  if (model.serverDefaults)
    device.server = {
      ...model.serverDefaults,
      disks: model.serverDefaults.disks.map((d) => ({ ...d })),
    };
  return device;
}

export function findModel(catalog: Catalog, id: string): CatalogModel {
  const model = catalog.models.find((m) => m.id === id);
  if (!model) throw new Error(`no catalog model "${id}"`);
  return model;
}

export function mediaSpec(catalog: Catalog, media: CableMedia): MediaSpec | undefined {
  return catalog.media.find((m) => m.media === media);
}

export function formFactorOf(port: Pick<Port, 'type'>): FormFactor {
  return FORM_FACTOR_OF[port.type];
}

export type CatalogParse =
  { ok: true; catalog: CatalogFile } | { ok: false; problems: LoadProblem[] };

/** A user catalog file (beside the design or in preferences), checked like a design file. */
export function parseCatalogText(text: string): CatalogParse {
  const parsed = parseLocatedJson(text);
  if (!parsed.ok) return parsed;
  const result = CatalogFile.safeParse(parsed.json.value);
  if (!result.success) return { ok: false, problems: zodProblems(result.error, parsed.json) };
  const seen = new Set<string>();
  const problems: LoadProblem[] = [];
  result.data.models.forEach((model, i) => {
    if (seen.has(model.id)) {
      const { line, column } = parsed.json.locate(['models', i, 'id']);
      problems.push({
        code: 'duplicate-id',
        message: `duplicate model id "${model.id}"`,
        path: ['models', i, 'id'],
        line,
        column,
      });
    }
    seen.add(model.id);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog: result.data };
}

/** User models and media extend the built-in catalog; an entry with the same id replaces it. */
export function mergeCatalogs(base: Catalog, user: CatalogFile): Catalog {
  const replace = <T>(items: T[], extra: T[], key: (t: T) => string) => {
    const ids = new Set(extra.map(key));
    return [...items.filter((t) => !ids.has(key(t))), ...extra];
  };
  return {
    models: replace(base.models, user.models, (m) => m.id),
    media: replace(base.media, user.media, (m) => m.media),
    transceivers: replace(base.transceivers, user.transceivers, (t) => t.id),
  };
}
