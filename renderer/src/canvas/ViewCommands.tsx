import {
  getViewportForBounds,
  useNodesInitialized,
  useReactFlow,
  useStoreApi,
} from '@xyflow/react';
import type { ReactFlowInstance, ReactFlowState, Viewport } from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { registerCommands } from '../state/commands';
import { useDocument } from '../state/document';
import { useSelection } from '../state/selection';
import { autoLayout } from './autoLayout';

/** Room along the bottom for the legend strip. */
export const FIT_PADDING = { top: '24px', bottom: '48px', left: '24px', right: '24px' } as const;

/** Room kept between the design and the canvas's edges, and between the design and an overlay. */
const MARGIN = 24;

/** A rectangle in the canvas's own pixels (0,0 is its top left corner). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The padding that fits the design (`bounds`, in flow units) into the canvas largest while
 * keeping it clear of the overlays in the canvas's corners (zoom buttons, legend, minimap). Each
 * overlay is kept clear either by the strip along the bottom it stands in or by the column along
 * its side; of every such choice, the one that leaves the design largest wins (a wide design
 * gives up a strip, a tall one a column).
 */
export function fitPadding(
  canvas: { width: number; height: number },
  overlays: readonly Box[],
  bounds: { width: number; height: number },
): Padding {
  let best: Padding = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
  let bestZoom = -Infinity;
  for (let choice = 0; choice < 2 ** overlays.length; choice++) {
    const p: Padding = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
    overlays.forEach((o, i) => {
      if ((choice >> i) & 1) {
        if (o.left + o.right > canvas.width)
          p.right = Math.max(p.right, canvas.width - o.left + MARGIN);
        else p.left = Math.max(p.left, o.right + MARGIN);
      } else {
        p.bottom = Math.max(p.bottom, canvas.height - o.top + MARGIN);
      }
    });
    const zoom = Math.min(
      (canvas.width - p.left - p.right) / Math.max(bounds.width, 1),
      (canvas.height - p.top - p.bottom) / Math.max(bounds.height, 1),
    );
    if (zoom > bestZoom) {
      best = p;
      bestZoom = zoom;
    }
  }
  return best;
}

/** The overlays shown over this canvas (hidden ones take no room), in its own pixels. */
function overlaysOf(canvas: HTMLElement): Box[] {
  const frame = canvas.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const el of canvas.querySelectorAll(
    '.react-flow__minimap, .cw-legend, .react-flow__controls',
  )) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    boxes.push({
      left: r.left - frame.left,
      top: r.top - frame.top,
      right: r.right - frame.left,
      bottom: r.bottom - frame.top,
    });
  }
  return boxes;
}

/** The viewport that fits the whole design clear of the overlays shown; null with nothing to fit. */
function fittedViewport(flow: ReactFlowInstance, canvas: ReactFlowState): Viewport | null {
  const nodes = flow.getNodes();
  const { domNode, width, height, minZoom, maxZoom } = canvas;
  if (!domNode || nodes.length === 0 || width === 0 || height === 0) return null;
  const bounds = flow.getNodesBounds(nodes);
  const padding = fitPadding({ width, height }, overlaysOf(domNode), bounds);
  return getViewportForBounds(bounds, width, height, minZoom, maxZoom, {
    top: `${padding.top}px`,
    right: `${padding.right}px`,
    bottom: `${padding.bottom}px`,
    left: `${padding.left}px`,
  });
}

/**
 * Fits the whole design into the canvas, clear of the overlays shown. The viewport is set at
 * once: React Flow's own fitView waits a frame and re-adopts every node.
 */
export async function fitDesign(flow: ReactFlowInstance, canvas: ReactFlowState, duration: number) {
  const viewport = fittedViewport(flow, canvas);
  if (viewport) await flow.setViewport(viewport, { duration });
  else await flow.fitView({ padding: FIT_PADDING, duration });
}

interface LiveCanvas {
  flow: ReactFlowInstance;
  onLaidOut(): void;
  /** React Flow's state of the canvas: its element, size and zoom limits. */
  state(): ReactFlowState;
}

/** The mounted canvas the view commands act on; none while no design is open. */
let live: LiveCanvas | null = null;

/**
 * Waits, a frame at a time (two seconds at most), until the canvas shows the devices at
 * `positions`. The canvas renders the design a step behind the document (App's deferred canvas
 * input), and a fit before that commits frames where the devices were, not where they went.
 */
async function shown(
  flow: ReactFlowInstance,
  positions: Record<string, { x: number; y: number }>,
): Promise<void> {
  const until = performance.now() + 2000;
  do {
    await new Promise((next) => requestAnimationFrame(next));
    const moved = Object.entries(positions).every(([id, p]) => {
      const node = flow.getNode(id);
      return !node || (node.position.x === p.x && node.position.y === p.y);
    });
    if (moved) return;
  } while (performance.now() < until);
}

async function layOut({ flow, onLaidOut, state }: LiveCanvas): Promise<void> {
  const design = useDocument.getState().doc?.design;
  if (!design) return;
  const sizes = new Map(
    flow
      .getNodes()
      .map((n) => [n.id, { width: n.measured?.width ?? 220, height: n.measured?.height ?? 90 }]),
  );
  const positions = await autoLayout(design, sizes);
  useDocument.getState().edit((d) => {
    for (const [id, p] of Object.entries(positions)) d.layout.positions[id] = p;
  });
  await shown(flow, positions);
  await fitDesign(flow, state(), 250);
  onLaidOut();
}

/** The canvas's commands: zoom, fit and auto layout. */
export function registerCanvasCommands(): void {
  registerCommands({
    'zoom-in': () => live?.flow.zoomIn({ duration: 150 }),
    'zoom-out': () => live?.flow.zoomOut({ duration: 150 }),
    'fit-view': () => live && fitDesign(live.flow, live.state(), 200),
    'auto-layout': () => live && layOut(live),
  });
}

/**
 * Makes this canvas the one the view commands act on while it is mounted (`onLaidOut` once a
 * layout rests), and zooms to the selection when something asks to show it (a finding).
 */
export function ViewCommands({
  onLaidOut,
  fitsAtStart,
}: {
  onLaidOut: () => void;
  /** Whether the canvas fits the design when its nodes are first measured (not when empty). */
  fitsAtStart: boolean;
}) {
  const flow = useReactFlow();
  const store = useStoreApi();
  const focusTick = useSelection((s) => s.focusTick);
  useEffect(() => {
    const canvas = { flow, onLaidOut, state: () => store.getState() };
    live = canvas;
    return () => {
      if (live === canvas) live = null;
    };
  }, [flow, onLaidOut, store]);
  // The canvas's first fit (React Flow's, once the nodes are measured) knows nothing of the
  // overlays; the same fit as Fit Design follows it before anything is painted. Not for a design
  // too large to fit even at the smallest zoom: it cannot be kept clear of them, and moving it
  // would only cost its first render another pass.
  const initialized = useNodesInitialized();
  const fitted = useRef(!fitsAtStart);
  useLayoutEffect(() => {
    if (!initialized || fitted.current) return;
    fitted.current = true;
    const state = store.getState();
    const viewport = fittedViewport(flow, state);
    if (viewport && viewport.zoom > state.minZoom) void flow.setViewport(viewport);
  }, [initialized, flow, store]);
  useEffect(() => {
    if (focusTick === 0) return;
    const ids = useSelection.getState().devices;
    if (ids.length)
      void flow.fitView({
        nodes: ids.map((id) => ({ id })),
        padding: 0.4,
        duration: 250,
        maxZoom: 1.5,
      });
  }, [focusTick, flow]);
  return null;
}
