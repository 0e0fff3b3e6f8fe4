import { BaseEdge, EdgeLabelRenderer, Position } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { cableControlYs } from '../../../shared/export/geometry';
import { MEDIA_STYLE } from '../../../shared/export/visual';
import type { CableEdge } from './designToFlow';

/** The cable's curve, the same as the SVG export's, with the point halfway along it. */
function cablePath(p: EdgeProps<CableEdge>): [string, number, number] {
  const side = (position: Position) => (position === Position.Top ? 'top' : 'bottom');
  const { sourceX: x1, sourceY: y1, targetX: x2, targetY: y2 } = p;
  const [c1, c2] = cableControlYs(y1, side(p.sourcePosition), y2, side(p.targetPosition));
  // A cubic Bézier at t = 1/2 is (P0 + 3 P1 + 3 P2 + P3) / 8.
  return [
    `M${x1},${y1} C${x1},${c1} ${x2},${c2} ${x2},${y2}`,
    (x1 + x2) / 2,
    (y1 + 3 * c1 + 3 * c2 + y2) / 8,
  ];
}

/** A cable: styled by media; its media and length show on hover and when selected. */
function CableEdgeViewImpl(props: EdgeProps<CableEdge>) {
  const [hover, setHover] = useState(false);
  const [path, labelX, labelY] = cablePath(props);
  const cable = props.data?.cable;
  return (
    <>
      <g onMouseEnter={() => setHover(true)} onMouseLeave={() => setHover(false)}>
        <BaseEdge id={props.id} path={path} style={props.style} interactionWidth={12} />
      </g>
      {cable && (hover || props.selected) ? (
        <EdgeLabelRenderer>
          <div
            className="cw-edge-label"
            data-testid="edge-label"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {MEDIA_STYLE[cable.media].label} · {cable.lengthM} m
            {cable.label ? ` · ${cable.label}` : ''}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const CableEdgeView = memo(CableEdgeViewImpl);
