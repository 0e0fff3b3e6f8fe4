import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  useConnection,
  useNodesState,
  useReactFlow,
  useStore,
  useUpdateNodeInternals,
} from '@xyflow/react';
import type {
  Connection,
  Edge,
  EdgeChange,
  EdgeSelectionChange,
  Node,
  NodeChange,
  NodePositionChange,
  NodeSelectionChange,
  ReactFlowState,
  Transform,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { findModel } from '../../../shared/catalog';
import {
  DEFAULT_CABLE_PREFERENCES,
  addCable,
  addDevice,
  connectionProblem,
  defaultMedia,
  mediaOptions,
  removeItems,
} from '../../../shared/edit';
import type { Design } from '../../../shared/model';
import type { Finding } from '../../../shared/rules/finding';
import { roleColor } from '../../../shared/export/visual';
import { useDocument } from '../state/document';
import { MODEL_MIME, useCatalog } from '../state/catalog';
import { useOverlay } from '../state/overlay';
import { useSelection } from '../state/selection';
import { useUi } from '../state/ui';
import { CableEdgeView } from './CableEdgeView';
import { DeviceNodeView, detailLevel, labelsShown } from './DeviceNodeView';
import { Legend } from './Legend';
import { PairOutlines } from './PairOutlines';
import { pairGroups } from '../../../shared/export/geometry';
import type { PortSide } from '../../../shared/export/geometry';
import { FIT_PADDING, ViewCommands } from './ViewCommands';
import { FLOW_SETTINGS, GRID } from './flowSettings';
import { designToFlow, findingMarks, sameRecord } from './designToFlow';
import { hoverCable, useHoveredCable } from './hoveredCable';
import type { CableEdge, DeviceNode } from './designToFlow';
import { GhostCables, GhostFocus, GhostNodeView, overlayEdges, overlayNodes } from './overlayFlow';

const nodeTypes = { device: DeviceNodeView, ghost: GhostNodeView };
const edgeTypes = { cable: CableEdgeView };
/** While a cable is dragged onto a port it cannot connect to, says why. */
/**
 * The document's design as it is now. The canvas is handed its design a render late (App defers
 * it so feedback does not wait for the canvas), so a gesture that ends in an edit checks against
 * the store, not the prop: a device dropped a moment ago must already take a cable.
 */
function currentDesign(shown: Design): Design {
  return useDocument.getState().doc?.design ?? shown;
}

function ConnectionHint({ design }: { design: Design }) {
  const connection = useConnection();
  const catalog = useCatalog((s) => s.catalog);
  if (!connection.inProgress || !connection.toHandle || !connection.fromHandle) return null;
  const from = connection.fromHandle;
  const to = connection.toHandle;
  if (!from.id || !to.id) return null;
  const problem = connectionProblem(
    design,
    catalog,
    { device: from.nodeId, port: from.id },
    { device: to.nodeId, port: to.id },
  );
  return (
    <Panel position="top-center">
      <div
        className={`cw-connect-hint${problem ? ' cw-connect-refused' : ''}`}
        data-testid="connect-hint"
        role="status"
      >
        {problem ? `Cannot connect: ${problem}` : `Connect ${from.id} → ${to.id}`}
      </div>
    </Panel>
  );
}

const isSelectChange = <C extends NodeChange | EdgeChange>(
  change: C,
): change is Extract<C, NodeSelectionChange | EdgeSelectionChange> => change.type === 'select';

// The selected copy of each node or edge object: a node keeps its identity while it stays
// selected, so React Flow does not re-adopt it on every render.
const selectedCopies = new WeakMap<object, object>();

/** Items marked selected exactly when the selection store names them. */
function markSelected<T extends { id: string; selected?: boolean }>(
  items: T[],
  selected: readonly string[],
): T[] {
  if (selected.length === 0) return items;
  const ids = new Set(selected);
  return items.map((item) => {
    if (!ids.has(item.id)) return item;
    let copy = selectedCopies.get(item) as T | undefined;
    if (!copy) {
      copy = { ...item, selected: true };
      selectedCopies.set(item, copy);
    }
    return copy;
  });
}

function refs(connection: Connection | Edge) {
  return {
    a: { device: connection.source, port: connection.sourceHandle ?? '' },
    b: { device: connection.target, port: connection.targetHandle ?? '' },
  };
}

/**
 * The editing canvas. The design is the truth: nodes and edges are derived from it (React Flow
 * keeps only what it measures), and every gesture (drop, connect, drag, delete) is one undoable
 * edit of the design.
 */
export function DesignCanvas({
  design,
  findings,
  colorMode,
}: {
  design: Design;
  findings: readonly Finding[];
  colorMode: 'light' | 'dark';
}) {
  const edit = useDocument((s) => s.edit);
  const panels = useUi((s) => s.panels);
  const catalog = useCatalog((s) => s.catalog);
  const selectedDevices = useSelection((s) => s.devices);
  const selectedCables = useSelection((s) => s.cables);
  const { screenToFlowPosition } = useReactFlow();
  const marks = useMemo(() => findingMarks(findings), [findings]);
  // Read once: an empty design starts at 100 % with nothing to fit, so the first device lands
  // where it is dropped, at a legible size; any other starts with the cheap overview.
  const [startsEmpty] = useState(() => design.devices.length === 0);
  const startZoom = startsEmpty ? 1 : FLOW_SETTINGS.minZoom;
  // React Flow sets up its viewport in an effect of the first render; until then its store
  // reads 100 %. Read the zoom the canvas starts at instead: deriving the first render for full
  // detail cost a derivation of every cable's stubs, thrown away a moment later, and a forced
  // re-measure of every node when the level then changed to the overview.
  const viewport = useCallback(
    (s: ReactFlowState) => (s.panZoom ? s : { transform: [0, 0, startZoom] as Transform }),
    [startZoom],
  );
  const detail = useStore((s) => detailLevel(viewport(s)));
  const labels = useStore((s) => labelsShown(viewport(s)));
  const updateNodeInternals = useUpdateNodeInternals();
  const deviceIds = useMemo(() => design.devices.map((d) => d.id), [design.devices]);
  const idsRef = useRef(deviceIds);
  useEffect(() => {
    idsRef.current = deviceIds;
  }, [deviceIds]);
  const measuredDetail = useRef(detail);
  useEffect(() => {
    // Nodes keep their size across detail levels, so React Flow would not notice that their
    // handles changed: tell it once for all nodes, or cables would look for handles that are
    // gone. Only a change of level needs it: new nodes, the first render's included, are
    // measured anyway, and forcing it then measured 1,000 nodes twice before any cable showed.
    if (measuredDetail.current === detail) return;
    measuredDetail.current = detail;
    updateNodeInternals(idsRef.current);
  }, [detail, updateNodeInternals]);
  const flow = useMemo(
    () => designToFlow(design, marks, detail, labels),
    [design, marks, detail, labels],
  );
  // A card keeps its size when a cable comes or goes, so React Flow would not notice that a port's
  // handle moved to the card's other edge (a cable leaves towards its peer) or, in the overview
  // of jacks, appeared: it would keep anchoring the cable where the handle was when it measured
  // the card, and the cable and its label would start inside the card. Cards whose cable sides
  // changed are measured again.
  const sidesMeasured = useRef(new Map<string, Readonly<Record<string, PortSide>>>());
  useEffect(() => {
    const before = sidesMeasured.current;
    const moved: string[] = [];
    const now = new Map<string, Readonly<Record<string, PortSide>>>();
    for (const node of flow.nodes) {
      const sides = node.data.portSide;
      now.set(node.id, sides);
      const was = before.get(node.id);
      if (was !== undefined && was !== sides && !sameRecord(was, sides)) moved.push(node.id);
    }
    sidesMeasured.current = now;
    if (moved.length > 0) updateNodeInternals(moved);
  }, [flow.nodes, updateNodeInternals]);
  // React Flow owns what it measures and the positions of a drag in progress; the design owns
  // everything else and the selection store owns what is selected. Selection flows one way
  // only, store -> canvas: the nodes handed to React Flow are marked from the store at render
  // time, and React Flow's select changes go to the store (see onNodesChange below).
  const [nodes, setNodes, onNodesChange] = useNodesState<DeviceNode>(flow.nodes);

  // A new design reaches the nodes during this render, not in an effect after it: edges come
  // straight from `flow`, and nodes a render later made React Flow reconcile every edit twice.
  const [syncedFlow, setSyncedFlow] = useState(flow);
  if (syncedFlow !== flow) {
    setSyncedFlow(flow);
    setNodes((previous) => {
      const byId = new Map(previous.map((n) => [n.id, n]));
      return flow.nodes.map((n) => {
        const old = byId.get(n.id);
        // Unchanged nodes keep their object, so React Flow skips them.
        if (
          old &&
          old.data === n.data &&
          old.position.x === n.position.x &&
          old.position.y === n.position.y
        ) {
          return old;
        }
        return old ? { ...old, position: n.position, data: n.data } : n;
      });
    });
  }

  // A comparison (state/overlay) tints what it names and brings removed devices back as ghosts.
  const overlay = useOverlay((s) => s.overlay);
  const shownNodes = useMemo(
    () => overlayNodes(markSelected(nodes, selectedDevices), overlay),
    [nodes, selectedDevices, overlay],
  );
  const shownEdges = useMemo(
    () => overlayEdges(markSelected(flow.edges, selectedCables), overlay),
    [flow.edges, selectedCables, overlay],
  );

  // A finished move (the end of a drag, or arrow keys on selected nodes) is one edit of the
  // design; positions React Flow reports while dragging are only shown. Arrow-key nudges of the
  // same selection in a row make one undo step; a drag is one step of its own.
  const dragging = useRef(false);
  const onNodesChangeAndCommit = useCallback(
    (changes: NodeChange<DeviceNode>[]) => {
      const selects = changes.filter(isSelectChange);
      if (selects.length) useSelection.getState().applyCanvasChanges('devices', selects);
      if (selects.length < changes.length)
        onNodesChange(changes.filter((c) => c.type !== 'select'));
      if (changes.some((c) => c.type === 'position' && c.dragging === true))
        dragging.current = true;
      const moved = changes.filter(
        (c): c is NodePositionChange =>
          c.type === 'position' && c.dragging === false && c.position !== undefined,
      );
      if (moved.length === 0) return;
      const nudge = !dragging.current;
      dragging.current = false;
      const ids = moved.map((c) => c.id).sort();
      const options = nudge ? { merge: `nudge:${ids.join(',')}` } : {};
      edit((d) => {
        for (const c of moved) {
          const x = Math.round(c.position!.x);
          const y = Math.round(c.position!.y);
          const old = d.layout.positions[c.id];
          // A click without movement reports the same place: no edit, no undo step.
          if (old?.x !== x || old?.y !== y) d.layout.positions[c.id] = { x, y };
        }
      }, options);
    },
    [onNodesChange, edit],
  );

  // Edges are derived from the design alone; of their changes only selection matters (removal
  // arrives through onDelete as an edit of the design).
  const onEdgesChange = useCallback((changes: EdgeChange<CableEdge>[]) => {
    const selects = changes.filter(isSelectChange);
    if (selects.length) useSelection.getState().applyCanvasChanges('cables', selects);
  }, []);

  // The connection callbacks read the design when they run, so they stay the same functions
  // across edits: a new one is a change of React Flow's store, which re-runs every node's and
  // edge's selector.
  const shownDesign = useRef(design);
  useEffect(() => {
    shownDesign.current = design;
  }, [design]);
  const isValidConnection = useCallback(
    (connection: Connection | Edge) => {
      const { a, b } = refs(connection);
      return connectionProblem(currentDesign(shownDesign.current), catalog, a, b) === null;
    },
    [catalog],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const { a, b } = refs(connection);
      const now = currentDesign(shownDesign.current);
      const portA = now.devices
        .find((d) => d.id === a.device)
        ?.ports.find((p) => p.name === a.port);
      const portB = now.devices
        .find((d) => d.id === b.device)
        ?.ports.find((p) => p.name === b.port);
      if (!portA || !portB || connectionProblem(now, catalog, a, b)) return;
      const prefs = useUi.getState().prefs?.cables ?? DEFAULT_CABLE_PREFERENCES;
      const media = defaultMedia(
        mediaOptions(catalog, portA, portB),
        portA,
        portB,
        prefs.defaultLengthM,
        prefs,
      );
      if (!media) return;
      // The preferences' default length stands in until someone measures the run.
      edit((d) => void addCable(d, a, b, media, prefs.defaultLengthM, { lengthEstimated: true }));
    },
    [catalog, edit],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      const modelId = event.dataTransfer.getData(MODEL_MIME);
      if (!modelId) return;
      event.preventDefault();
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const model = findModel(catalog, modelId);
      let id = '';
      edit((d) => {
        id = addDevice(d, model, {
          x: Math.round(at.x / GRID) * GRID,
          y: Math.round(at.y / GRID) * GRID,
        });
      });
      useSelection.getState().select([id], []);
    },
    [catalog, edit, screenToFlowPosition],
  );

  const onDelete = useCallback(
    ({ nodes: n, edges: e }: { nodes: Node[]; edges: Edge[] }) => {
      if (n.length === 0 && e.length === 0) return;
      edit((d) =>
        removeItems(
          d,
          n.map((x) => x.id),
          e.map((x) => x.id),
        ),
      );
      useSelection.getState().clear();
    },
    [edit],
  );

  const media = useMemo(() => [...new Set(design.cables.map((c) => c.media))].sort(), [design]);
  const onEdgeMouseEnter = useCallback(
    (_: unknown, edge: { id: string }) => hoverCable(edge.id),
    [],
  );
  const onEdgeMouseLeave = useCallback(() => hoverCable(null), []);
  // A cable that goes away under the pointer (deleted, or another design opened) reports no leave.
  useEffect(() => () => hoverCable(null), []);
  useEffect(() => {
    const hovered = useHoveredCable.getState().id;
    if (hovered !== null && !shownEdges.some((e) => e.id === hovered)) hoverCable(null);
  }, [shownEdges]);
  const pairs = useMemo(() => pairGroups(design), [design]);
  // Completed auto layouts, on the canvas element: scripts driving the UI (the E2E tests) wait
  // for the count instead of guessing how long the layout and its fit animation take.
  const [layouts, setLayouts] = useState(0);
  const onLaidOut = useCallback(() => setLayouts((n) => n + 1), []);
  return (
    <ReactFlow
      nodes={shownNodes}
      edges={shownEdges}
      onNodesChange={onNodesChangeAndCommit}
      onEdgesChange={onEdgesChange}
      onEdgeMouseEnter={onEdgeMouseEnter}
      onEdgeMouseLeave={onEdgeMouseLeave}
      onConnect={onConnect}
      isValidConnection={isValidConnection}
      onDelete={onDelete}
      onDrop={onDrop}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes(MODEL_MIME)) {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }
      }}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      colorMode={colorMode}
      {...FLOW_SETTINGS}
      // Start zoomed all the way out, so the first render of a large design is the cheap
      // overview; fitView then zooms in, and a small design renders in full right after.
      defaultViewport={{ x: 0, y: 0, zoom: startZoom }}
      fitView={!startsEmpty}
      data-auto-layouts={layouts}
      fitViewOptions={{ padding: FIT_PADDING }}
    >
      <ViewCommands onLaidOut={onLaidOut} fitsAtStart={!startsEmpty} />
      <GhostFocus />
      <GhostCables />
      <PairOutlines groups={pairs} />
      <ConnectionHint design={design} />
      <Background gap={GRID * 2} />
      <Controls showInteractive={false} />
      {panels.minimap ? (
        <MiniMap<DeviceNode>
          pannable
          zoomable
          nodeColor={(n) => roleColor(n.data.device.role, colorMode)}
        />
      ) : null}
      {panels.legend ? (
        <Panel position="bottom-left" className="cw-legend-panel">
          <Legend media={media} />
        </Panel>
      ) : null}
    </ReactFlow>
  );
}
