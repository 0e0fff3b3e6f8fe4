import { BaseEdge, EdgeLabelRenderer, Position } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CableLabelSpot } from '../../../shared/export/geometry';
import { cableCourse, cableControlYs, labelTransform } from '../../../shared/export/geometry';
import { TEXT_LIMIT, clipText } from '../../../shared/export/text';
import { MEDIA_STYLE } from '../../../shared/export/visual';
import type { CableEdge, EdgeEnd } from './designToFlow';
import { useHoveredCable } from './hoveredCable';

const round = (v: number) => String(Math.round(v * 10) / 10);

/** An end's stub moved to where React Flow anchors the port's handle (its jack's edge). */
const placed = (end: EdgeEnd, x: number, y: number): EdgeEnd => ({
  side: end.side,
  stub: end.stub.map(([dx, dy]): [number, number] => [x + dx, y + dy]),
});

/**
 * The cable's course, the same as the SVG export's (geometry.ts cableCourse): out of its jack
 * along the stub the card draws, out of the card, a curve, and in along the peer's stub. In the
 * far overview (no stubs) a plain curve between the cards' side handles.
 */
function course(p: EdgeProps<CableEdge>): {
  d: string;
  spots?: [CableLabelSpot, CableLabelSpot];
  mid: [number, number];
} {
  const { sourceX: x1, sourceY: y1, targetX: x2, targetY: y2 } = p;
  const a = p.data?.a;
  const b = p.data?.b;
  if (a && b) {
    const c = cableCourse(placed(a, x1, y1), placed(b, x2, y2), round);
    return { d: c.d, spots: [c.labelA, c.labelB], mid: [(x1 + x2) / 2, (y1 + y2) / 2] };
  }
  const side = (position: Position) => (position === Position.Top ? 'top' : 'bottom');
  const [c1, c2] = cableControlYs(y1, side(p.sourcePosition), y2, side(p.targetPosition));
  // A cubic Bézier at t = 1/2 is (P0 + 3 P1 + 3 P2 + P3) / 8.
  return {
    d: `M${x1},${y1} C${x1},${c1} ${x2},${c2} ${x2},${y2}`,
    mid: [(x1 + x2) / 2, (y1 + 3 * c1 + 3 * c2 + y2) / 8],
  };
}

/**
 * A cable: styled by media, its label at both ends where it can be read; media, length and
 * full label show on hover and when selected.
 */
function CableEdgeViewImpl(props: EdgeProps<CableEdge>) {
  const hover = useHoveredCable((s) => s.id === props.id);
  const { d, spots, mid } = course(props);
  const cable = props.data?.cable;
  const label = props.data?.label;
  return (
    <>
      <BaseEdge id={props.id} path={d} style={props.style} interactionWidth={12} />
      {label && spots
        ? spots.map((spot, i) => (
            <text
              key={i}
              className="cw-cable-label"
              transform={labelTransform(spot, round)}
              y={3}
              textAnchor={spot.anchor}
            >
              {label}
            </text>
          ))
        : null}
      {cable && (hover || props.selected) ? (
        <EdgeLabelRenderer>
          <div
            className="cw-edge-label"
            data-testid="edge-label"
            style={{ transform: `translate(-50%, -50%) translate(${mid[0]}px, ${mid[1]}px)` }}
          >
            {MEDIA_STYLE[cable.media].label} · {cable.lengthM} m
            {cable.label ? ` · ${clipText(cable.label, TEXT_LIMIT.tooltip)}` : ''}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const CableEdgeView = memo(CableEdgeViewImpl);
