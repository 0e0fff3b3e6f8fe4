import { ViewportPortal, useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useMemo } from 'react';
import type { PairGroup } from '../../../shared/export/geometry';
import { pairOutline } from '../../../shared/export/geometry';
import { roleColorVar } from '../../../shared/export/visual';

/**
 * MLAG and HA pairs outlined behind their cards, as in the export (geometry.ts pairOutline), and
 * following the cards while they are dragged. Reads only the members' boxes from the store, as one
 * string, so it re-renders when a member moves or resizes and never for other nodes.
 */
function PairOutlinesImpl({ groups }: { groups: PairGroup[] }) {
  const selector = useCallback(
    (s: ReactFlowState) => {
      let key = '';
      for (const g of groups) {
        for (const id of g.members) {
          const node = s.nodeLookup.get(id);
          if (!node) continue;
          const { x, y } = node.internals.positionAbsolute;
          key += `${id} ${x} ${y} ${node.measured.width ?? 0} ${node.measured.height ?? 0}\n`;
        }
      }
      return key;
    },
    [groups],
  );
  const key = useStore(selector);
  const outlines = useMemo(() => {
    const boxes = new Map<string, { x: number; y: number; width: number; height: number }>();
    for (const line of key.split('\n')) {
      if (!line) continue;
      const [id, x, y, width, height] = line.split(' ');
      boxes.set(id!, { x: +x!, y: +y!, width: +width!, height: +height! });
    }
    return groups.flatMap((g) => {
      const cards = g.members.flatMap((id) => boxes.get(id) ?? []);
      const rect = cards.every((c) => c.width > 0) ? pairOutline(cards) : undefined;
      return rect ? [{ group: g, rect }] : [];
    });
  }, [key, groups]);
  if (outlines.length === 0) return null;
  return (
    <ViewportPortal>
      <svg className="cw-pair-outlines" aria-hidden="true">
        {outlines.map(({ group, rect }) => (
          <g key={group.key} style={{ color: roleColorVar(group.role) }} data-pair={group.key}>
            <rect x={rect.x} y={rect.y} width={rect.width} height={rect.height} rx={12} />
            <text x={rect.x + 10} y={rect.y + 15}>
              {group.label}
            </text>
          </g>
        ))}
      </svg>
    </ViewportPortal>
  );
}

export const PairOutlines = memo(PairOutlinesImpl);
