import { BaseEdge, EdgeLabelRenderer, getBezierPath } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { MEDIA_STYLE } from '../../../shared/export/visual';
import type { CableEdge } from './designToFlow';

/** A cable: styled by media; its media and length show on hover and when selected. */
function CableEdgeViewImpl(props: EdgeProps<CableEdge>) {
  const [hover, setHover] = useState(false);
  const [path, labelX, labelY] = getBezierPath(props);
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
