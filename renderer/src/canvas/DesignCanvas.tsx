import { Background, ConnectionMode, Controls, MiniMap, Panel, ReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import type { Design } from '../../../shared/model';
import { DeviceNodeView } from './DeviceNodeView';
import { Legend } from './Legend';
import { designToFlow } from './designToFlow';
import type { DeviceNode } from './designToFlow';
import { ROLE_COLOR } from '../../../shared/export/visual';

const nodeTypes = { device: DeviceNodeView };

/** Read-only view of a design; the editor issue turns this into the editing canvas. */
export function DesignCanvas({ design }: { design: Design }) {
  const { nodes, edges } = useMemo(() => designToFlow(design), [design]);
  const media = useMemo(() => [...new Set(design.cables.map((c) => c.media))].sort(), [design]);
  return (
    // Uncontrolled: React Flow keeps measured sizes itself (the minimap needs them). The editor
    // issue moves nodes into a store with onNodesChange.
    <ReactFlow
      defaultNodes={nodes}
      defaultEdges={edges}
      nodeTypes={nodeTypes}
      connectionMode={ConnectionMode.Loose}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable
      fitView
      fitViewOptions={{ padding: 0.08 }}
      minZoom={0.1}
      proOptions={{ hideAttribution: true }}
    >
      <Background gap={20} />
      <Controls showInteractive={false} />
      <MiniMap<DeviceNode> pannable zoomable nodeColor={(n) => ROLE_COLOR[n.data.device.role]} />
      <Panel position="top-right">
        <Legend media={media} />
      </Panel>
    </ReactFlow>
  );
}
