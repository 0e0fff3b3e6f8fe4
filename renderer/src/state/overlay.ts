import { create } from 'zustand';
import type { CablingResult } from '../../../shared/compare/cabling';
import type { DesignChange } from '../../../shared/compare/diff';
// The modules themselves, not the package index: the app starts without the comparisons' code.
import { MISMATCHES } from '../../../shared/compare/cabling';
import { cablingSummary, diffSummary, sortCablingResults } from '../../../shared/compare/report';
import { fallbackPosition } from '../../../shared/export/geometry';
import { parsePortKey } from '../../../shared/model';
import type { Cable, Design, Device } from '../../../shared/model';
import { useDocument } from './document';

/**
 * What a comparison paints over the canvas: a tone per device and cable, ghosts of removed
 * devices, and the list beside the canvas. The canvas and the list read it; the shell fills it.
 */

export type OverlayTone = 'added' | 'removed' | 'changed' | 'ok' | 'bad' | 'warn' | 'unchecked';

export interface OverlayItem {
  key: string;
  tone: OverlayTone;
  /** The class of the item: a change kind (added, moved, ...) or a cabling result. */
  status: string;
  text: string;
  /** What selecting the item selects: devices and cables of the open design. */
  devices: string[];
  cables: string[];
  /** A removed device the item is about, drawn as a ghost. */
  ghost?: string;
  /** A removed cable the item is about, drawn as a ghost edge. */
  ghostCable?: string;
}

export interface Ghost {
  device: Device;
  position: { x: number; y: number };
}

/**
 * A removed cable, drawn between its ends' devices: each end is a device of the open design or a
 * removed one (then its ghost). A cable with an end on neither is not drawn.
 */
export interface GhostCable {
  cable: Cable;
  /** The device ids of its a and b ends. */
  ends: [string, string];
}

export interface Overlay {
  kind: 'diff' | 'cabling';
  title: string;
  summary: string;
  items: OverlayItem[];
  devices: ReadonlyMap<string, OverlayTone>;
  cables: ReadonlyMap<string, OverlayTone>;
  ghosts: Ghost[];
  ghostCables: GhostCable[];
  /** The design the comparison was made of; after an edit the list offers to compare again. */
  design: Design;
}

interface OverlayStore {
  overlay: Overlay | null;
  /** The list item last picked, highlighted in the list. */
  active: string | null;
  /**
   * Devices the canvas is asked to zoom to, live or ghosts: a removed device or the ends of a
   * removed cable picked in the list (neither can be selected).
   */
  ghostFocus: { devices: string[]; tick: number } | null;
  focusGhost(devices: string[]): void;
  /** Runs the same comparison again on the design as it is now. */
  rerun: (() => void) | null;
  show(overlay: Overlay, rerun?: () => void): void;
  setActive(key: string | null): void;
  clear(): void;
}

export const useOverlay = create<OverlayStore>()((set) => ({
  overlay: null,
  active: null,
  rerun: null,
  ghostFocus: null,
  focusGhost: (devices) =>
    set((s) => ({ ghostFocus: { devices, tick: (s.ghostFocus?.tick ?? 0) + 1 } })),
  show: (overlay, rerun) => set({ overlay, active: null, rerun: rerun ?? null }),
  setActive: (active) => set({ active }),
  clear: () => set({ overlay: null, active: null, rerun: null }),
}));

// An overlay belongs to one document: opening another clears it.
useDocument.subscribe((state, previous) => {
  if (state.doc?.key !== previous.doc?.key) useOverlay.getState().clear();
});

/** A stronger tone wins on an item both marks reach. */
const RANK: Record<OverlayTone, number> = {
  bad: 0,
  removed: 1,
  warn: 2,
  added: 3,
  changed: 4,
  unchecked: 5,
  ok: 6,
};
function mark(map: Map<string, OverlayTone>, id: string, tone: OverlayTone): void {
  const current = map.get(id);
  if (!current || RANK[tone] < RANK[current]) map.set(id, tone);
}

const ON_CANVAS = new Set([
  'device',
  'port',
  'attachment',
  'cable',
  'LAG',
  'MLAG pair',
  'HA pair',
  'layout',
]);

/** The changes from `before` to `after` (the open design), for the canvas and the list. */
export function diffOverlay(
  before: Design,
  after: Design,
  changes: DesignChange[],
  title: string,
): Overlay {
  const present = new Set(after.devices.map((d) => d.id));
  const cablesNow = new Set(after.cables.map((c) => c.id));
  const devices = new Map<string, OverlayTone>();
  const cables = new Map<string, OverlayTone>();
  const ghosts: Ghost[] = [];
  const ghostCables: GhostCable[] = [];
  const removedDevices = new Set(before.devices.filter((d) => !present.has(d.id)).map((d) => d.id));
  const placeable = (id: string) => present.has(id) || removedDevices.has(id);
  const cablesBefore = new Map(before.cables.map((c) => [c.id, c]));
  const items = changes.map((change, i): OverlayItem => {
    const tone: OverlayTone =
      change.kind === 'added' ? 'added' : change.kind === 'removed' ? 'removed' : 'changed';
    const deviceIds = new Set<string>();
    const cableIds = new Set<string>();
    for (const target of change.targets) {
      if (cablesNow.has(target)) cableIds.add(target);
      else {
        const device = target.includes('#') ? parsePortKey(target).device : target;
        if (present.has(device)) deviceIds.add(device);
      }
    }
    const item: OverlayItem = {
      key: `change-${i}`,
      tone,
      status: change.kind,
      text: change.text,
      devices: [...deviceIds],
      cables: [...cableIds],
    };
    if (change.entity === 'device' && change.kind === 'removed') {
      const index = before.devices.findIndex((d) => d.id === change.id);
      const device = before.devices[index];
      if (device) {
        ghosts.push({
          device,
          position: before.layout.positions[device.id] ?? fallbackPosition(index),
        });
        item.ghost = device.id;
      }
    }
    if (change.entity === 'cable' && change.kind === 'removed') {
      const cable = cablesBefore.get(change.id);
      if (cable && placeable(cable.a.device) && placeable(cable.b.device)) {
        ghostCables.push({ cable, ends: [cable.a.device, cable.b.device] });
        item.ghostCable = cable.id;
      }
    }
    if (ON_CANVAS.has(change.entity)) {
      // Ports, addresses and LAG members colour their device; a removed port changes it.
      const deviceTone = change.entity === 'device' ? tone : 'changed';
      for (const id of deviceIds) mark(devices, id, deviceTone);
      for (const id of cableIds) mark(cables, id, change.entity === 'cable' ? tone : 'changed');
    }
    return item;
  });
  return {
    kind: 'diff',
    title,
    summary: diffSummary(changes),
    items,
    devices,
    cables,
    ghosts,
    ghostCables,
    design: after,
  };
}

const CABLING_TONE: Record<CablingResult['status'], OverlayTone> = {
  ok: 'ok',
  unchecked: 'unchecked',
  swapped: 'warn',
  'wrong-port': 'warn',
  'wrong-peer': 'bad',
  missing: 'bad',
  unexpected: 'bad',
  'unknown-peer': 'bad',
};

/** Every cable marked with its result; neighbours no cable explains mark the reporting device. */
export function cablingOverlay(design: Design, results: CablingResult[], title: string): Overlay {
  const devices = new Map<string, OverlayTone>();
  const cables = new Map<string, OverlayTone>();
  const present = new Set(design.devices.map((d) => d.id));
  const items = sortCablingResults(results).map((r, i): OverlayItem => {
    const tone = CABLING_TONE[r.status];
    const ends = [r.a.device, r.b.device].filter((id): id is string => !!id && present.has(id));
    const designed = r.status !== 'unexpected' && r.status !== 'unknown-peer' && r.cable;
    if (designed && r.cable) mark(cables, r.cable, tone);
    else if (r.a.device) mark(devices, r.a.device, tone);
    if (designed && MISMATCHES.has(r.status)) for (const id of ends) mark(devices, id, tone);
    return {
      key: `result-${i}`,
      tone,
      status: r.status,
      text: r.message,
      devices: ends,
      cables: designed && r.cable ? [r.cable] : [],
    };
  });
  return {
    kind: 'cabling',
    title,
    summary: cablingSummary(results) || 'nothing to check',
    items,
    devices,
    cables,
    ghosts: [],
    ghostCables: [],
    design,
  };
}
