import { Handle, Position, useStore, useStoreApi } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { createContext, memo, useContext, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Port } from '../../../shared/model';
import { FORM_FACTOR_OF, parsePortKey } from '../../../shared/model';
import type { Severity } from '../../../shared/rules/finding';
import { useSelection } from '../state/selection';
import { FAR_HANDLE } from './designToFlow';
import type { CardOverlay, DeviceNode } from './designToFlow';
import { TEXT_LIMIT, clipText } from '../../../shared/export/text';
import { ROLE_LABEL, portColorVar } from '../../../shared/export/visual';
import { portAreaSize, portRows } from '../../../shared/export/geometry';

/**
 * Below this zoom, port names (8 px) would be under 4 px on screen: the node draws its ports as
 * bare jacks, with handles only where cables attach. Same size, a quarter of the DOM, which is
 * what keeps panning and dragging a 1,000-device design smooth.
 */
export const LOD_ZOOM = 0.5;
/** Cable labels (8 px) are drawn from this zoom on, where they are 6 px or more on screen. */
export const LABEL_ZOOM = 0.75;
export const labelsShown = (s: { transform: [number, number, number] }): boolean =>
  s.transform[2] >= LABEL_ZOOM;
/** Below this zoom a jack is a few pixels: a row of ports becomes one strip, handles stay put. */
export const FAR_ZOOM = 0.2;
export type DetailLevel = 'far' | 'compact' | 'full';
export const detailLevel = (s: { transform: [number, number, number] }): DetailLevel =>
  s.transform[2] < FAR_ZOOM ? 'far' : s.transform[2] < LOD_ZOOM ? 'compact' : 'full';

/** What an anchor needs to be found as its node's handle: React Flow's flow id and the node's. */
const AnchorContext = createContext({ flowId: '1', nodeId: '' });

/**
 * A connection point exactly as React Flow's `Handle` renders it while no cable is being drawn
 * (its classes and data attributes), without the component. React Flow measures a node's
 * handles and finds where a drag ends by these alone; the component adds a subscription to the
 * connection in progress. With every port a handle (some 15,000 on a 1,000-device design), each
 * of them re-rendered when a cable drag began and again when it ended, which held the status
 * bar's feedback after drawing a cable back by more than a hundred milliseconds. Ports a cable
 * cannot start from are anchors always; a port that can gets a real `Handle` while the pointer
 * is on it (see PortCell), where a drag starts and where it ends.
 */
function Anchor({
  id,
  position,
  connectable,
  className,
  covered = false,
}: {
  id: string;
  position: Position;
  connectable: boolean;
  className: string;
  /** A real Handle stands in for it: it stays in the DOM, as nobody's handle (see PortCell). */
  covered?: boolean;
}) {
  const { flowId, nodeId } = useContext(AnchorContext);
  if (covered) return <div />;
  return (
    <div
      data-handleid={id}
      data-nodeid={nodeId}
      data-handlepos={position}
      data-id={`${flowId}-${nodeId}-${id}-source`}
      className={`react-flow__handle react-flow__handle-${position} nodrag nopan ${className} source${
        connectable ? ' connectable' : ''
      } connectablestart connectableend${connectable ? ' connectionindicator' : ''}`}
    />
  );
}

/**
 * The far overview: the port grid becomes one block of the same size, and cables attach to two
 * handles in the middle of the top and bottom edges (designToFlow points edges at them).
 */
function PortBlock({ count }: { count: number }) {
  // The block is the port area's background, not an element of its own: a thousand cards far
  // out are a few thousand elements fewer for the browser to lay out.
  const { width, height } = portAreaSize(count);
  return (
    <div
      className="cw-ports cw-port-block"
      style={{ height, minWidth: width, backgroundSize: `${width}px ${height}px` }}
    >
      {(['top', 'bottom'] as const).map((side) => (
        <Anchor
          key={side}
          id={FAR_HANDLE[side]}
          position={side === 'top' ? Position.Top : Position.Bottom}
          connectable={false}
          className="cw-far-handle"
        />
      ))}
    </div>
  );
}

/** A port drawn for the overview: the jack alone, a handle only when a cable needs one. */
function CompactPort({
  port,
  side,
  cabled,
}: {
  port: Port;
  side: 'top' | 'bottom';
  cabled: boolean;
}) {
  return (
    <div className="cw-port cw-port-compact" data-port={port.name}>
      <div
        className="cw-port-jack"
        style={{
          background: cabled ? portColorVar(port.type) : undefined,
          borderColor: portColorVar(port.type),
        }}
      >
        {cabled ? (
          <Anchor
            id={port.name}
            position={side === 'top' ? Position.Top : Position.Bottom}
            connectable={false}
            className="cw-handle"
          />
        ) : null}
      </div>
    </div>
  );
}
/** Above this many ports, a device can fold away its unused ports. */
const COLLAPSIBLE_PORTS = 16;

function PortCell({
  port,
  side,
  cabled,
  mark,
  picked,
}: {
  port: Port;
  side: 'top' | 'bottom';
  cabled: boolean;
  mark: Severity | undefined;
  picked: boolean;
}) {
  const speeds = port.speeds.length > 0 ? ` ${port.speeds.join('/')}G` : '';
  const connectable = port.type !== 'console';
  const position = side === 'top' ? Position.Top : Position.Bottom;
  // The pointer is on this port: a drag may start or end here (see Anchor). Rendered at once,
  // not in React's next pass, so the Handle is there for a press that follows right away.
  const [live, setLive] = useState(false);
  const goLive = (value: boolean) => flushSync(() => setLive(value));
  return (
    <div
      className={`cw-port cw-port-${port.role}${cabled ? ' cw-port-used' : ''}${mark ? ` cw-mark-${mark}` : ''}${picked ? ' cw-port-picked' : ''}`}
      title={`${port.name}: ${FORM_FACTOR_OF[port.type]}${speeds} (${port.role})${cabled ? '' : ' · drag to another port to cable it'}`}
      data-port={port.name}
      onPointerEnter={connectable ? () => goLive(true) : undefined}
      onPointerLeave={connectable ? () => goLive(false) : undefined}
    >
      <div
        className="cw-port-jack"
        style={{
          background: cabled ? portColorVar(port.type) : undefined,
          borderColor: portColorVar(port.type),
        }}
      >
        {/* The Handle comes beside the anchor, which stays in the DOM as a plain element: one
            removed while the pointer event that entered it is still being dispatched takes the
            event with it, and React Flow would miss the move that reached this port. */}
        <Anchor
          id={port.name}
          position={position}
          connectable={connectable}
          className="cw-handle"
          covered={live}
        />
        {live ? (
          <Handle
            id={port.name}
            type="source"
            position={position}
            isConnectable={connectable}
            className="cw-handle"
          />
        ) : null}
      </div>
      <span className="cw-port-name">{port.name}</span>
    </div>
  );
}

/**
 * The cables' stubs, jack to card edge, drawn over the card under its text and jacks (so every
 * cable visibly ends on its port), and the LAG frames over the jacks: the export draws the same
 * (geometry.ts). Card coordinates: the SVG's origin is the card's outer top-left corner.
 */
function Stubs({ overlay }: { overlay: CardOverlay }) {
  if (overlay.stubs.length === 0) return null;
  return (
    <svg className="cw-card-overlay cw-stubs" aria-hidden="true">
      {overlay.stubs.map((s) => (
        <path key={s.port} d={s.d} style={{ stroke: s.color }} strokeDasharray={s.dash} />
      ))}
    </svg>
  );
}

function LagFrames({ overlay, labels }: { overlay: CardOverlay; labels: boolean }) {
  if (overlay.frames.length === 0) return null;
  return (
    <svg className="cw-card-overlay cw-lag-frames" aria-hidden="true">
      {overlay.frames.map((f, i) => (
        <g key={i} data-lag={f.lagId}>
          <rect x={f.x} y={f.y} width={f.width} height={f.height} rx={4}>
            <title>{f.title}</title>
          </rect>
          {labels && f.label ? (
            <text x={f.x + f.width - 2} y={f.y - 1.5} textAnchor="end">
              {f.label}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}

function DeviceNodeViewImpl({ id, data }: NodeProps<DeviceNode>) {
  const { device, portSide, severity, portMarks, overlay } = data;
  // The flow's id never changes: read once, no subscription.
  const flowId = useStoreApi().getState().rfId;
  const [anchorIds] = useState(() => ({ flowId, nodeId: id }));
  const detail = useStore(detailLevel);
  const compact = detail === 'compact';
  // Ports ticked in the inspector (for a LAG, or to configure together), as `\nname\n` runs: a
  // string, so a node re-renders only when its own picks change.
  const picked = useSelection((s) => pickedOn(s.ports, device.id));

  const collapsible = device.ports.length > COLLAPSIBLE_PORTS;
  const [collapsed, setCollapsed] = useState(false);
  // Folded, a switch shows only its cabled ports: cables still attach, and it stays small.
  const shown = collapsed ? device.ports.filter((p) => p.name in portSide) : device.ports;
  const { perRow } = portRows(shown.length);
  const rows: Port[][] = [];
  for (let i = 0; i < shown.length; i += perRow) rows.push(shown.slice(i, i + perRow));
  return (
    <AnchorContext.Provider value={anchorIds}>
      <div
        className={`cw-device cw-role-${device.role}${severity ? ` cw-device-${severity}` : ''}${detail === 'far' ? ' cw-far' : ''}`}
        data-testid="device-node"
        data-device={device.id}
        title={detail === 'far' ? device.hostname : undefined}
      >
        {detail === 'far' || collapsed ? null : <Stubs overlay={overlay} />}
        {detail === 'far' ? (
          // Far out, text would be under 3 px: the card holds none (a few thousand runs of it for
          // the browser to lay out in a large design), only the port block, where the header and
          // model lines leave it (styles.css); the hostname stays as a tooltip.
          <PortBlock count={shown.length} />
        ) : (
          <>
            <header className="cw-device-header">
              <span className="cw-device-hostname" title={device.hostname}>
                {clipText(device.hostname, TEXT_LIMIT.hostname)}
              </span>
              <span className="cw-device-role">{ROLE_LABEL[device.role]}</span>
              {collapsible ? (
                <button
                  type="button"
                  className="cw-collapse nodrag"
                  aria-label={collapsed ? 'Show all ports' : 'Show only cabled ports'}
                  title={collapsed ? 'Show all ports' : 'Show only cabled ports'}
                  onClick={() => setCollapsed(!collapsed)}
                >
                  {collapsed ? `+${device.ports.length - shown.length}` : '−'}
                </button>
              ) : null}
            </header>
            <div className="cw-device-model">
              {clipText(`${device.model.manufacturer} ${device.model.name}`, TEXT_LIMIT.model)}
            </div>
          </>
        )}
        {detail === 'far' ? null : (
          <div className="cw-ports">
            {rows.map((row, r) => (
              <div className="cw-port-row" key={r}>
                {row.map((port) =>
                  compact ? (
                    <CompactPort
                      key={port.name}
                      port={port}
                      side={portSide[port.name] ?? 'bottom'}
                      cabled={port.name in portSide}
                    />
                  ) : (
                    <PortCell
                      key={port.name}
                      port={port}
                      side={portSide[port.name] ?? 'bottom'}
                      cabled={port.name in portSide}
                      mark={portMarks[port.name]}
                      picked={picked.includes(`\n${port.name}\n`)}
                    />
                  ),
                )}
              </div>
            ))}
          </div>
        )}
        {detail === 'far' || collapsed ? null : (
          <LagFrames overlay={overlay} labels={detail === 'full'} />
        )}
      </div>
    </AnchorContext.Provider>
  );
}

const pickedOn = (keys: readonly string[], deviceId: string): string => {
  let out = '';
  for (const key of keys) {
    const { device, port } = parsePortKey(key);
    if (device === deviceId) out += `\n${port}\n`;
  }
  return out;
};

export const DeviceNodeView = memo(DeviceNodeViewImpl);
