import { create } from 'zustand';
import { parsePortKey } from '../../../shared/model';
import type { Design } from '../../../shared/model';
import type { Target } from '../../../shared/rules/finding';
import { useDocument } from './document';

/** A change of one item's selection, as the canvas reports it. */
export interface SelectChange {
  id: string;
  selected: boolean;
}

/** What is selected on the canvas, and requests to show something (zoom to a finding). */
interface SelectionStore {
  devices: string[];
  cables: string[];
  /** Ports picked in the inspector (for "Create LAG"), as `device#port`. */
  ports: string[];
  /** Bumped to ask the canvas to zoom to the current selection. */
  focusTick: number;
  /** Clicks, box selection and pane clicks on the canvas; the canvas only shows this store. */
  applyCanvasChanges(kind: 'devices' | 'cables', changes: readonly SelectChange[]): void;
  select(devices: string[], cables: string[], focus?: boolean): void;
  togglePort(key: string): void;
  clearPorts(): void;
  clear(): void;
}

function applyChanges(current: string[], changes: readonly SelectChange[]): string[] {
  const next = new Set(current);
  for (const c of changes) {
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  if (next.size === current.length && current.every((id) => next.has(id))) return current;
  return [...next];
}

export const useSelection = create<SelectionStore>()((set, get) => ({
  devices: [],
  cables: [],
  ports: [],
  focusTick: 0,
  applyCanvasChanges: (kind, changes) => {
    const current = get()[kind];
    const next = applyChanges(current, changes);
    // Picked ports stay picked while the user moves on to the other switch of a pair.
    if (next !== current) set({ [kind]: next });
  },
  select: (devices, cables, focus = false) =>
    set((s) => ({ devices, cables, focusTick: focus ? s.focusTick + 1 : s.focusTick })),
  togglePort: (key) =>
    set((s) => ({
      ports: s.ports.includes(key) ? s.ports.filter((p) => p !== key) : [...s.ports, key],
    })),
  clearPorts: () => set({ ports: [] }),
  clear: () => set({ devices: [], cables: [], ports: [] }),
}));

// Selection names items of one document: it is cleared in the same update that replaces the
// document, so a new canvas never starts with ids picked in the old one.
useDocument.subscribe((state, previous) => {
  if (state.doc?.key !== previous.doc?.key) useSelection.getState().clear();
});

/** The devices and cables a finding points at, for selecting and zooming to them. */
export function targetsOnCanvas(
  design: Design,
  targets: Target[],
): { devices: string[]; cables: string[] } {
  const devices = new Set<string>();
  const cables = new Set<string>();
  for (const t of targets) {
    if (t.kind === 'device') devices.add(t.id);
    else if (t.kind === 'port') devices.add(parsePortKey(t.id).device);
    else if (t.kind === 'cable') cables.add(t.id);
    else if (t.kind === 'lag') {
      for (const m of design.lags.find((l) => l.id === t.id)?.members ?? []) devices.add(m.device);
    } else if (t.kind === 'mlagPair') {
      for (const s of design.mlagPairs.find((p) => p.id === t.id)?.switches ?? []) devices.add(s);
    } else if (t.kind === 'haPair') {
      for (const f of design.haPairs.find((p) => p.id === t.id)?.firewalls ?? []) devices.add(f);
    } else if (t.kind === 'cluster') {
      for (const n of design.clusters.find((c) => c.id === t.id)?.nodes ?? []) devices.add(n);
    }
  }
  for (const id of cables) {
    const cable = design.cables.find((c) => c.id === id);
    if (cable) devices.add(cable.a.device).add(cable.b.device);
  }
  return { devices: [...devices], cables: [...cables] };
}
