// The canvas benchmark's baseline: React Flow with plain nodes and edges for the same design, the
// same settings and overlays as ClusterWire's canvas, and the viewport the app ended up with.
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesState,
} from '@xyflow/react';
import type { Edge, Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FLOW_SETTINGS } from '../../../renderer/src/canvas/flowSettings';

interface BenchDesign {
  devices: Array<{ id: string; hostname: string }>;
  cables: Array<{ id: string; a: { device: string }; b: { device: string } }>;
  layout: { positions: Record<string, { x: number; y: number }> };
}

function Bare({
  design,
  viewport,
}: {
  design: BenchDesign;
  viewport: { x: number; y: number; zoom: number };
}) {
  const [nodes, , onNodesChange] = useNodesState<Node>(
    design.devices.map((d) => ({
      id: d.id,
      position: design.layout.positions[d.id] ?? { x: 0, y: 0 },
      data: { label: d.hostname },
    })),
  );
  const [edges, , onEdgesChange] = useEdgesState<Edge>(
    design.cables.map((c) => ({ id: c.id, source: c.a.device, target: c.b.device })),
  );
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      defaultViewport={viewport}
      {...FLOW_SETTINGS}
    >
      <Background gap={20} />
      <Controls showInteractive={false} />
      <MiniMap pannable zoomable />
    </ReactFlow>
  );
}

const params = new URLSearchParams(location.search);
const viewport = {
  x: Number(params.get('x') ?? 0),
  y: Number(params.get('y') ?? 0),
  zoom: Number(params.get('zoom') ?? 1),
};
const design = (await (await fetch('./design.json')).json()) as BenchDesign;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReactFlowProvider>
      <Bare design={design} viewport={viewport} />
    </ReactFlowProvider>
  </StrictMode>,
);
