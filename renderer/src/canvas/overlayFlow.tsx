import { ViewportPortal, useReactFlow, useStore } from '@xyflow/react';
import type { Node, NodeProps, ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo } from 'react';
import type { Device } from '../../../shared/model';
import { cableControlYs } from '../../../shared/export/geometry';
import { ROLE_LABEL } from '../../../shared/export/visual';
import { useOverlay } from '../state/overlay';
import type { GhostCable, Overlay, OverlayTone } from '../state/overlay';
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

/** The node a device id is drawn as: the live device's, else its ghost's. */
function nodeIdOf(isNode: (id: string) => boolean, device: string): string {
  return isNode(device) ? device : `${GHOST_PREFIX}${device}`;
}

/** Zooms to ghosts (or a removed cable's ends) picked in the comparison list. */
export function GhostFocus() {
  const flow = useReactFlow();
  const focus = useOverlay((s) => s.ghostFocus);
  useEffect(() => {
    if (!focus) return;
    const isNode = (id: string) => flow.getNode(id) !== undefined;
    void flow.fitView({
      nodes: focus.devices.map((id) => ({ id: nodeIdOf(isNode, id) })),
      // A lone card gets room around it; a cable's two ends are already apart.
      padding: focus.devices.length > 1 ? 0.25 : 0.6,
      duration: 250,
      maxZoom: 1.5,
    });
  }, [focus, flow]);
  return null;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Spread several ghost cables leaving one card a little apart, so each can be told apart. */
const SPREAD = 14;

/**
 * A removed cable's course: from the edge of one end's card that faces the other (below when
 * both sit at one height, as geometry.ts does for drawn cables) to the other's, as a curve.
 */
function ghostCourse(a: Box, b: Box, offsetA: number, offsetB: number) {
  const aAbove = a.y + a.height <= b.y;
  const bAbove = b.y + b.height <= a.y;
  const sideA = bAbove ? 'top' : 'bottom';
  const sideB = aAbove ? 'top' : 'bottom';
  const x1 = a.x + a.width / 2 + offsetA;
  const y1 = sideA === 'top' ? a.y : a.y + a.height;
  const x2 = b.x + b.width / 2 + offsetB;
  const y2 = sideB === 'top' ? b.y : b.y + b.height;
  const [c1, c2] = cableControlYs(y1, sideA, y2, sideB);
  // A cubic Bézier at t = 1/2 is (P0 + 3 P1 + 3 P2 + P3) / 8.
  const mid = { x: (x1 + x2) / 2, y: (y1 + 3 * c1 + 3 * c2 + y2) / 8 };
  return { d: `M${x1},${y1} C${x1},${c1} ${x2},${c2} ${x2},${y2}`, mid };
}

/**
 * Removed cables drawn as dashed red curves between their ends' cards, live or ghost. Not React
 * Flow edges: a removed cable's ports have no handles any more, and nothing here may be selected
 * or deleted. Reads only the ends' boxes from the store (as one string, like PairOutlines).
 */
function GhostCablesImpl({ cables }: { cables: GhostCable[] }) {
  const selector = useCallback(
    (s: ReactFlowState) => {
      let key = '';
      const seen = new Set<string>();
      const isNode = (id: string) => s.nodeLookup.has(id);
      for (const { ends } of cables) {
        for (const device of ends) {
          if (seen.has(device)) continue;
          seen.add(device);
          const node = s.nodeLookup.get(nodeIdOf(isNode, device));
          if (!node) continue;
          const { x, y } = node.internals.positionAbsolute;
          const width = node.measured.width ?? node.width ?? 0;
          const height = node.measured.height ?? node.height ?? 0;
          key += `${device} ${x} ${y} ${width} ${height}\n`;
        }
      }
      return key;
    },
    [cables],
  );
  const key = useStore(selector);
  const drawn = useMemo(() => {
    const boxes = new Map<string, Box>();
    for (const line of key.split('\n')) {
      if (!line) continue;
      const [id, x, y, width, height] = line.split(' ');
      boxes.set(id!, { x: +x!, y: +y!, width: +width!, height: +height! });
    }
    // Each card's ghost cables, in order, for the spread.
    const perDevice = new Map<string, string[]>();
    for (const { cable, ends } of cables) {
      for (const device of ends) {
        const list = perDevice.get(device) ?? [];
        list.push(cable.id);
        perDevice.set(device, list);
      }
    }
    const offset = (device: string, cable: string) => {
      const list = perDevice.get(device) ?? [];
      return (list.indexOf(cable) - (list.length - 1) / 2) * SPREAD;
    };
    return cables.flatMap(({ cable, ends: [a, b] }) => {
      const boxA = boxes.get(a);
      const boxB = boxes.get(b);
      if (!boxA || !boxB || boxA.width === 0 || boxB.width === 0) return [];
      return [{ cable, ...ghostCourse(boxA, boxB, offset(a, cable.id), offset(b, cable.id)) }];
    });
  }, [key, cables]);
  if (drawn.length === 0) return null;
  return (
    <ViewportPortal>
      <svg className="cw-ghost-cables" aria-hidden="true">
        {drawn.map(({ cable, d, mid }) => (
          <g key={cable.id} data-testid="ghost-edge" data-id={cable.id}>
            <path d={d} />
            {cable.label ? (
              <text x={mid.x} y={mid.y} textAnchor="middle" dy={-4}>
                {cable.label}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
    </ViewportPortal>
  );
}
const GhostCablesMemo = memo(GhostCablesImpl);

/** The open comparison's removed cables, if it has any. */
export function GhostCables() {
  const cables = useOverlay((s) => s.overlay?.ghostCables);
  return cables && cables.length > 0 ? <GhostCablesMemo cables={cables} /> : null;
}
