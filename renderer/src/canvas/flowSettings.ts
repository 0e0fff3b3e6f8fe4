import { ConnectionMode } from '@xyflow/react';
import type { ReactFlowProps } from '@xyflow/react';

export const GRID = 10;

/**
 * How ClusterWire's canvas behaves, as React Flow settings. The canvas benchmark's bare React
 * Flow baseline spreads the same object, so the comparison is like for like by construction.
 */
export const FLOW_SETTINGS = {
  connectionMode: ConnectionMode.Loose,
  connectionRadius: 24,
  elementsSelectable: true,
  // Drag on empty canvas selects (like drawing tools); middle or right drag, or Space, pans.
  selectionOnDrag: true,
  panOnDrag: [1, 2],
  multiSelectionKeyCode: ['Shift', 'Meta', 'Control'],
  // Delete goes through the selection store (shell/hooks), the same path as Edit > Delete.
  deleteKeyCode: null,
  snapToGrid: true,
  snapGrid: [GRID, GRID],
  minZoom: 0.05,
  proOptions: { hideAttribution: true },
} satisfies Partial<ReactFlowProps>;
