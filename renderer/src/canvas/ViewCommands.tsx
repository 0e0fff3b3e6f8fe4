import { useReactFlow } from '@xyflow/react';
import type { ReactFlowInstance } from '@xyflow/react';
import { useEffect } from 'react';
import { registerCommands } from '../state/commands';
import { useDocument } from '../state/document';
import { useSelection } from '../state/selection';
import { autoLayout } from './autoLayout';

/** Room along the bottom for the legend strip. */
export const FIT_PADDING = { top: '24px', bottom: '48px', left: '24px', right: '24px' } as const;

interface LiveCanvas {
  flow: ReactFlowInstance;
  onLaidOut(): void;
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

async function layOut({ flow, onLaidOut }: LiveCanvas): Promise<void> {
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
  await flow.fitView({ padding: FIT_PADDING, duration: 250 });
  onLaidOut();
}

/** The canvas's commands: zoom, fit and auto layout. */
export function registerCanvasCommands(): void {
  registerCommands({
    'zoom-in': () => live?.flow.zoomIn({ duration: 150 }),
    'zoom-out': () => live?.flow.zoomOut({ duration: 150 }),
    'fit-view': () => live?.flow.fitView({ padding: FIT_PADDING, duration: 200 }),
    'auto-layout': () => live && layOut(live),
  });
}

/**
 * Makes this canvas the one the view commands act on while it is mounted (`onLaidOut` once a
 * layout rests), and zooms to the selection when something asks to show it (a finding).
 */
export function ViewCommands({ onLaidOut }: { onLaidOut: () => void }) {
  const flow = useReactFlow();
  const focusTick = useSelection((s) => s.focusTick);
  useEffect(() => {
    const canvas = { flow, onLaidOut };
    live = canvas;
    return () => {
      if (live === canvas) live = null;
    };
  }, [flow, onLaidOut]);
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
