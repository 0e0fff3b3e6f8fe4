import { deviceFromModel } from '../catalog';
import type { CatalogModel } from '../catalog';
import type { Cable, CableMedia, Design, Device, Lag, PortRef } from '../model';
import { newMlagPairSettings } from '../model/mlagDefaults';
import {
  HOSTNAME_STEM,
  autoCableLabel,
  hostnamesOf,
  idsOf,
  nextHostname,
  nextId,
  renamedHostname,
} from './naming';

/**
 * Editing operations on a design, written to run inside an immer recipe (they mutate the draft
 * they are given). Each keeps the design loadable: ids unique, every reference resolving.
 */

export interface Point {
  x: number;
  y: number;
}

const ID_PREFIX: Record<Device['role'], string> = {
  firewall: 'fw',
  'core-switch': 'core',
  'mgmt-switch': 'mgmt',
  server: 'node',
  other: 'dev',
};

/** Places a catalogue model with a generated, valid, unused hostname; returns its id. */
export function addDevice(design: Design, model: CatalogModel, at: Point): string {
  const hostname = nextHostname(hostnamesOf(design), HOSTNAME_STEM[model.role]);
  const id = nextId(idsOf(design.devices), ID_PREFIX[model.role]);
  design.devices.push(deviceFromModel(model, { id, hostname }));
  design.layout.positions[id] = { x: Math.round(at.x), y: Math.round(at.y) };
  return id;
}

export interface AddCableOptions {
  /** The length is a default, not a measurement: the BOM and cable schedule say so. */
  lengthEstimated?: boolean;
  /** The label printed on the cable; by default the next one of the templates' scheme. */
  label?: string;
}

export function addCable(
  design: Design,
  a: PortRef,
  b: PortRef,
  media: CableMedia,
  lengthM: number,
  options: AddCableOptions = {},
): string {
  const id = nextId(idsOf(design.cables), 'cable');
  const label = options.label ?? autoCableLabel(design, a, b);
  const cable: Cable = { id, a: { ...a }, b: { ...b }, media, lengthM, label };
  if (options.lengthEstimated) cable.lengthEstimated = true;
  design.cables.push(cable);
  return id;
}

const onDevices = (ids: ReadonlySet<string>) => (ref: PortRef) => ids.has(ref.device);

/**
 * Removes devices (with their cables, LAG memberships, pairs and cluster memberships) and
 * cables. LAGs left without members go too, and so do attachments riding on them.
 */
export function removeItems(
  design: Design,
  deviceIds: Iterable<string>,
  cableIds: Iterable<string> = [],
): void {
  const devices = new Set(deviceIds);
  const cables = new Set(cableIds);
  const gone = onDevices(devices);
  design.cables = design.cables.filter((c) => !cables.has(c.id) && !gone(c.a) && !gone(c.b));
  if (devices.size === 0) return;
  design.devices = design.devices.filter((d) => !devices.has(d.id));
  for (const id of devices) delete design.layout.positions[id];

  for (const lag of design.lags) lag.members = lag.members.filter((m) => !gone(m));
  const emptyLags = new Set(design.lags.filter((l) => l.members.length === 0).map((l) => l.id));
  design.lags = design.lags.filter((l) => !emptyLags.has(l.id));

  const pairsGone = new Set(
    design.mlagPairs.filter((p) => p.switches.some((s) => devices.has(s))).map((p) => p.id),
  );
  design.mlagPairs = design.mlagPairs.filter((p) => !pairsGone.has(p.id));
  for (const lag of design.lags)
    if (lag.mlagPair && pairsGone.has(lag.mlagPair)) delete lag.mlagPair;
  for (const pair of design.mlagPairs)
    if (pair.peerLinkLag && emptyLags.has(pair.peerLinkLag)) delete pair.peerLinkLag;
  design.haPairs = design.haPairs.filter((p) => !p.firewalls.some((f) => devices.has(f)));

  for (const device of design.devices)
    device.attachments = device.attachments.filter(
      (a) => a.lag === undefined || !emptyLags.has(a.lag),
    );
  for (const cluster of design.clusters) {
    cluster.nodes = cluster.nodes.filter((n) => !devices.has(n));
    if (cluster.ceph) {
      cluster.ceph.monitors = cluster.ceph.monitors.filter((n) => !devices.has(n));
      cluster.ceph.managers = cluster.ceph.managers.filter((n) => !devices.has(n));
    }
  }
}

/** What Copy puts on the clipboard: devices, the cables and LAGs among them, and where they sat. */
export interface Clipboard {
  kind: 'clusterwire/devices';
  devices: Device[];
  cables: Cable[];
  lags: Lag[];
  positions: Record<string, Point>;
}

export function copyDevices(design: Design, deviceIds: Iterable<string>): Clipboard {
  const ids = new Set(deviceIds);
  const inside = onDevices(ids);
  const clone = <T>(value: T): T => structuredClone(value);
  return {
    kind: 'clusterwire/devices',
    devices: design.devices.filter((d) => ids.has(d.id)).map(clone),
    cables: design.cables.filter((c) => inside(c.a) && inside(c.b)).map(clone),
    // Only bonds wholly inside the copy come along (a server's bond, not a switch-side MLAG LAG).
    lags: design.lags
      .filter((l) => l.mlagPair === undefined && l.members.length > 0 && l.members.every(inside))
      .map(clone),
    positions: Object.fromEntries(
      [...ids].flatMap((id) => {
        const p = design.layout.positions[id];
        return p ? [[id, { ...p }]] : [];
      }),
    ),
  };
}

/**
 * Pastes copies with new ids and renamed hostnames (pve-03 becomes the next free pve-NN),
 * shifted by `offset`; cables and bonds between the copied devices come along. Attachments
 * keep their networks when those exist here. Returns the new device ids.
 */
export function pasteDevices(design: Design, clip: Clipboard, offset: Point): string[] {
  const deviceIds = idsOf(design.devices);
  const hostnames = hostnamesOf(design);
  const newId = new Map<string, string>();
  const newLagId = new Map<string, string>();
  const lagIds = idsOf(design.lags);
  for (const lag of clip.lags) {
    const id = nextId(lagIds, 'lag');
    lagIds.add(id);
    newLagId.set(lag.id, id);
  }
  const networks = idsOf(design.networks);
  for (const original of clip.devices) {
    const id = nextId(deviceIds, ID_PREFIX[original.role]);
    deviceIds.add(id);
    newId.set(original.id, id);
    const hostname = renamedHostname(original.hostname, hostnames);
    hostnames.add(hostname.toLowerCase());
    const device = structuredClone(original);
    device.id = id;
    device.hostname = hostname;
    device.attachments = device.attachments
      .filter((a) => networks.has(a.network) && (a.lag === undefined || newLagId.has(a.lag)))
      .map((a) => (a.lag === undefined ? a : { ...a, lag: newLagId.get(a.lag)! }));
    // Addresses are unique per network: copies start without them.
    for (const a of device.attachments) delete a.address;
    design.devices.push(device);
    const at = clip.positions[original.id] ?? { x: 0, y: 0 };
    design.layout.positions[id] = { x: at.x + offset.x, y: at.y + offset.y };
  }
  const move = (ref: PortRef): PortRef => ({ device: newId.get(ref.device)!, port: ref.port });
  const cableIds = idsOf(design.cables);
  for (const cable of clip.cables) {
    const id = nextId(cableIds, 'cable');
    cableIds.add(id);
    const copy: Cable = { ...structuredClone(cable), id, a: move(cable.a), b: move(cable.b) };
    // Labels are unique: the copy gets the next label of the scheme for its new ends.
    copy.label = autoCableLabel(design, copy.a, copy.b);
    design.cables.push(copy);
  }
  for (const lag of clip.lags) {
    design.lags.push({
      ...structuredClone(lag),
      id: newLagId.get(lag.id)!,
      members: lag.members.map(move),
    });
  }
  return [...newId.values()];
}

/**
 * A LAG (bond) from ports on one device, or on the two switches of one MLAG pair (then it is an
 * MLAG LAG). Returns the LAG id, or a reason it cannot be made.
 */
export function createLag(
  design: Design,
  members: PortRef[],
): { id: string } | { problem: string } {
  if (members.length < 1) return { problem: 'select the ports of the bond first' };
  const missing = members.find(
    (m) => !design.devices.find((d) => d.id === m.device)?.ports.some((p) => p.name === m.port),
  );
  if (missing) return { problem: `port ${missing.port} of ${missing.device} no longer exists` };
  const devices = [...new Set(members.map((m) => m.device))];
  let mlagPair: string | undefined;
  if (devices.length > 2)
    return { problem: 'a LAG spans one device, or the two switches of an MLAG pair' };
  if (devices.length === 2) {
    const pair = design.mlagPairs.find((p) => devices.every((d) => p.switches.includes(d)));
    if (!pair)
      return { problem: 'ports on two devices form a LAG only when they are an MLAG pair' };
    mlagPair = pair.id;
  }
  const taken = design.lags.find((l) =>
    l.members.some((m) => members.some((x) => x.device === m.device && x.port === m.port)),
  );
  if (taken) return { problem: `a selected port is already in ${taken.name}` };
  const id = nextId(idsOf(design.lags), 'lag');
  const device = design.devices.find((d) => d.id === devices[0]);
  const isServer = device?.role === 'server';
  const count = design.lags.filter((l) => l.members.some((m) => devices.includes(m.device))).length;
  design.lags.push({
    id,
    name: isServer ? `bond${count}` : `Po${count + 1}`,
    members: members.map((m) => ({ ...m })),
    mode: 'lacp',
    lacpRate: 'fast',
    ...(mlagPair ? { mlagPair } : {}),
  });
  return { id };
}

/** An MLAG pair of two core or management switches. */
export function createMlagPair(
  design: Design,
  a: string,
  b: string,
): { id: string } | { problem: string } {
  const switches = [a, b].map((id) => design.devices.find((d) => d.id === id));
  if (a === b || switches.some((s) => !s)) return { problem: 'pick two different switches' };
  if (switches.some((s) => s!.role !== 'core-switch' && s!.role !== 'mgmt-switch'))
    return { problem: 'an MLAG pair is made of two switches' };
  if (design.mlagPairs.some((p) => p.switches.includes(a) || p.switches.includes(b)))
    return { problem: 'one of these switches is already in an MLAG pair' };
  const id = nextId(idsOf(design.mlagPairs), 'mlag');
  // What the switch configurations need of a pair, chosen now (unique within the design), so a
  // pair made here generates: system MAC, peer-link addresses, domain id.
  design.mlagPairs.push({ id, switches: [a, b], ...newMlagPairSettings(design.mlagPairs, id) });
  return { id };
}

/** An HA pair of two firewalls. */
export function createHaPair(
  design: Design,
  a: string,
  b: string,
): { id: string } | { problem: string } {
  const firewalls = [a, b].map((id) => design.devices.find((d) => d.id === id));
  if (a === b || firewalls.some((f) => !f)) return { problem: 'pick two different firewalls' };
  if (firewalls.some((f) => f!.role !== 'firewall'))
    return { problem: 'an HA pair is made of two firewalls' };
  if (design.haPairs.some((p) => p.firewalls.includes(a) || p.firewalls.includes(b)))
    return { problem: 'one of these firewalls is already in an HA pair' };
  const id = nextId(idsOf(design.haPairs), 'ha');
  design.haPairs.push({ id, firewalls: [a, b] });
  return { id };
}
