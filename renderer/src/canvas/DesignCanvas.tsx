import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  useEdgesState,
  useNodesState,
  useReactFlow,
} from '@xyflow/react';
import type { XYPosition } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import type { Design } from '../../../shared/model';
import { ROLE_COLOR } from '../../../shared/export/visual';
import { DeviceNodeView } from './DeviceNodeView';
import { Legend } from './Legend';
import { canvasCommands } from './canvasCommands';
import { designToFlow } from './designToFlow';
import type { CableEdge, DeviceNode } from './designToFlow';
import { useUi } from '../shell/ui';

const nodeTypes = { device: DeviceNodeView };
const GRID = 10;

function ViewCommands() {
  const flow = useReactFlow();
  useEffect(() => {
    const actions: Record<string, () => void> = {
      'zoom-in': () => void flow.zoomIn({ duration: 150 }),
      'zoom-out': () => void flow.zoomOut({ duration: 150 }),
      'fit-view': () => void flow.fitView({ padding: 0.08, duration: 200 }),
    };
    const listener = (event: Event) => actions[event.type]?.();
    for (const type of Object.keys(actions)) canvasCommands.addEventListener(type, listener);
    return () => {
      for (const type of Object.keys(actions)) canvasCommands.removeEventListener(type, listener);
    };
  }, [flow]);
  return null;
}

/**
 * The design on the canvas. Nodes are controlled: the design is the truth, and React Flow keeps
 * only what it measures. A finished drag becomes one undoable edit of the layout.
 */
export function DesignCanvas({
  design,
  onMoveDevices,
  colorMode,
}: {
  design: Design;
  onMoveDevices(positions: Record<string, XYPosition>): void;
  colorMode: 'light' | 'dark';
}) {
  const panels = useUi((s) => s.panels);
  const flow = useMemo(() => designToFlow(design), [design]);
  const [nodes, setNodes, onNodesChange] = useNodesState<DeviceNode>(flow.nodes);
  const [edges, setEdges, onEdgesChange] = useEdgesState<CableEdge>(flow.edges);
  useEffect(() => {
    setNodes((previous) => {
      const byId = new Map(previous.map((n) => [n.id, n]));
      return flow.nodes.map((n) => {
        const old = byId.get(n.id);
        return old ? { ...old, position: n.position, data: n.data } : n;
      });
    });
    setEdges((previous) => {
      const selected = new Set(previous.filter((e) => e.selected).map((e) => e.id));
      return flow.edges.map((e) => (selected.has(e.id) ? { ...e, selected: true } : e));
    });
  }, [flow, setNodes, setEdges]);
  const media = useMemo(() => [...new Set(design.cables.map((c) => c.media))].sort(), [design]);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onNodeDragStop={(_event, _node, dragged) =>
        onMoveDevices(
          Object.fromEntries(
            dragged.map((n) => [
              n.id,
              { x: Math.round(n.position.x), y: Math.round(n.position.y) },
            ]),
          ),
        )
      }
      nodeTypes={nodeTypes}
      colorMode={colorMode}
      connectionMode={ConnectionMode.Loose}
      nodesConnectable={false}
      elementsSelectable
      snapToGrid
      snapGrid={[GRID, GRID]}
      fitView
      fitViewOptions={{ padding: 0.08 }}
      minZoom={0.1}
      deleteKeyCode={null}
      proOptions={{ hideAttribution: true }}
    >
      <ViewCommands />
      <Background gap={GRID * 2} />
      <Controls showInteractive={false} />
      {panels.minimap ? (
        <MiniMap<DeviceNode> pannable zoomable nodeColor={(n) => ROLE_COLOR[n.data.device.role]} />
      ) : null}
      {panels.legend ? (
        <Panel position="top-right">
          <Legend media={media} />
        </Panel>
      ) : null}
    </ReactFlow>
  );
}
