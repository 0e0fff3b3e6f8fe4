import { useReactFlow } from '@xyflow/react';
import type { Node, NodeProps } from '@xyflow/react';
import { memo, useEffect } from 'react';
import type { Device } from '../../../shared/model';
import { ROLE_LABEL } from '../../../shared/export/visual';
import { useOverlay } from '../state/overlay';
import type { Overlay, OverlayTone } from '../state/overlay';
import type { CableEdge, DeviceNode } from './designToFlow';

/**
 * A comparison drawn over the canvas: each device and cable it names gets a class by tone
 * (styles.css colours them), and devices the open design no longer has come back as ghosts.
 * Kept apart from the node and edge views, which only receive a className.
 */

const EDGE_COLOR: Record<OverlayTone, string> = {
  added: '#16a34a',
  removed: '#dc2626',
  changed: '#d97706',
  ok: '#16a34a',
  bad: '#dc2626',
  warn: '#d97706',
  unchecked: '#9ca3af',
};

export const GHOST_PREFIX = '@ghost/';

export type GhostNode = Node<{ device: Device }, 'ghost'>;

function GhostNodeViewImpl({ data }: NodeProps<GhostNode>) {
  return (
    <div className="cw-ghost-node" data-testid="ghost-node" title="Removed in this comparison">
      <div className="cw-ghost-name">{data.device.hostname}</div>
      <div className="cw-ghost-role">{ROLE_LABEL[data.device.role]} · removed</div>
    </div>
  );
}
export const GhostNodeView = memo(GhostNodeViewImpl);

const toned = new WeakMap<object, Map<OverlayTone, object>>();

/** The same object for the same item and tone, so memoised nodes skip re-rendering. */
function withTone<T extends { className?: string }>(
  item: T,
  tone: OverlayTone,
  extra: Partial<T> = {},
): T {
  let byTone = toned.get(item);
  if (!byTone) {
    byTone = new Map();
    toned.set(item, byTone);
  }
  let copy = byTone.get(tone) as T | undefined;
  if (!copy) {
    const className = [item.className, `cw-overlay-${tone}`].filter(Boolean).join(' ');
    copy = { ...item, ...extra, className };
    byTone.set(tone, copy);
  }
  return copy;
}

/**
 * Device nodes with their tones, ghosts after them. Ghosts are typed as device nodes for React
 * Flow's one node type parameter: they cannot be selected, dragged or connected, so none of the
 * canvas's editing handlers ever receives one (their size is fixed, so nothing measures them).
 */
export function overlayNodes(nodes: DeviceNode[], overlay: Overlay | null): DeviceNode[] {
  if (!overlay) return nodes;
  const shown: Array<DeviceNode | GhostNode> = nodes.map((n) => {
    const tone = overlay.devices.get(n.id);
    return tone ? withTone(n, tone) : n;
  });
  for (const ghost of overlay.ghosts) {
    shown.push({
      id: `${GHOST_PREFIX}${ghost.device.id}`,
      type: 'ghost',
      position: ghost.position,
      data: { device: ghost.device },
      width: 200,
      height: 64,
      selectable: false,
      draggable: false,
      connectable: false,
      className: 'cw-ghost',
    });
  }
  return shown as DeviceNode[];
}

export function overlayEdges(edges: CableEdge[], overlay: Overlay | null): CableEdge[] {
  if (!overlay) return edges;
  return edges.map((e) => {
    const tone = overlay.cables.get(e.id);
    if (!tone) return e;
    return withTone(e, tone, {
      style: {
        ...e.style,
        stroke: EDGE_COLOR[tone],
        strokeWidth: tone === 'ok' || tone === 'unchecked' ? 3 : 4,
      },
    });
  });
}

/** Zooms to a ghost picked in the comparison list (ghosts are not selectable). */
export function GhostFocus() {
  const flow = useReactFlow();
  const focus = useOverlay((s) => s.ghostFocus);
  useEffect(() => {
    if (!focus) return;
    void flow.fitView({
      nodes: [{ id: `${GHOST_PREFIX}${focus.id}` }],
      padding: 0.6,
      duration: 250,
      maxZoom: 1.5,
    });
  }, [focus, flow]);
  return null;
}
