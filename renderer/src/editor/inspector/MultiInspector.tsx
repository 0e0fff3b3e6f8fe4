import { useReactFlow } from '@xyflow/react';
import {
  DEFAULT_CABLE_PREFERENCES,
  addPeerLink,
  align,
  createHaPair,
  createMlagPairWithPeerLink,
  distribute,
  proposePeerLink,
} from '../../../../shared/edit';
import type { Box } from '../../../../shared/edit';
import { plural, sortByName } from '../../../../shared/model';
import type { Design } from '../../../../shared/model';
import { useCatalog } from '../../state/catalog';
import { useDocument } from '../../state/document';
import { showModal, useUi } from '../../state/ui';
import type { Modal } from '../../state/ui';

/**
 * Guided MLAG: propose the peer link from the switches' free fast ports, let the user confirm or
 * change it, then make pair (when `pairId` is null), cables and LAG in one undoable edit.
 */
async function guidedMlag(a: string, b: string, pairId: string | null): Promise<void> {
  const design = useDocument.getState().doc?.design;
  const proposal = design ? proposePeerLink(design, a, b) : null;
  if (!proposal) return;
  const legs = await showModal<Extract<Modal, { kind: 'peer-link' }>>({
    kind: 'peer-link',
    withPair: pairId === null,
    proposal,
  });
  if (legs === null) return;
  const options = {
    catalog: useCatalog.getState().catalog,
    prefs: useUi.getState().prefs?.cables ?? DEFAULT_CABLE_PREFERENCES,
  };
  let problem: string | null = null;
  useDocument.getState().edit((d) => {
    const result =
      pairId === null
        ? createMlagPairWithPeerLink(d, a, b, legs, options)
        : addPeerLink(d, pairId, legs, options);
    if ('problem' in result) problem = result.problem;
  });
  if (problem) useUi.getState().notify('error', problem);
}

/** "These ... are a pair", or the button that makes them one. */
function PairAction(props: {
  done: boolean;
  what: string;
  label: string;
  onMake(): void;
  testId: string;
}) {
  return props.done ? (
    <p>These {props.what}.</p>
  ) : (
    <button type="button" onClick={props.onMake} data-testid={props.testId}>
      {props.label}
    </button>
  );
}

/** Several items selected: align and distribute them, or pair two firewalls or switches. */
export function MultiInspector({
  design,
  devices,
  cables,
}: {
  design: Design;
  devices: string[];
  cables: string[];
}) {
  const edit = useDocument((s) => s.edit);
  const notify = useUi((s) => s.notify);
  const selected = design.devices.filter((d) => devices.includes(d.id));
  const switches = selected.filter((d) => d.role === 'core-switch' || d.role === 'mgmt-switch');
  const firewalls = selected.filter((d) => d.role === 'firewall');
  const makePair = (create: typeof createHaPair, a: string, b: string) => {
    let problem: string | null = null;
    edit((d) => {
      const result = create(d, a, b);
      if ('problem' in result) problem = result.problem;
    });
    if (problem) notify('error', problem);
  };
  const haPaired = design.haPairs.some(
    (p) => firewalls.length === 2 && firewalls.every((f) => p.firewalls.includes(f.id)),
  );
  const mlagPair = design.mlagPairs.find(
    (p) => switches.length === 2 && switches.every((s) => p.switches.includes(s.id)),
  );
  const hasPeerLink =
    mlagPair?.peerLinkLag !== undefined && design.lags.some((l) => l.id === mlagPair.peerLinkLag);
  // Sizes are what the canvas measured: React Flow's store, shared through its provider.
  const flow = useReactFlow();
  const arrange = (compute: (boxes: Map<string, Box>) => Map<string, { x: number; y: number }>) => {
    const boxes = new Map<string, Box>();
    for (const node of flow.getNodes()) {
      if (!devices.includes(node.id)) continue;
      boxes.set(node.id, {
        x: node.position.x,
        y: node.position.y,
        width: node.measured?.width ?? 200,
        height: node.measured?.height ?? 100,
      });
    }
    const positions = compute(boxes);
    edit((d) => {
      for (const [id, p] of positions) d.layout.positions[id] = p;
    });
  };
  return (
    <div className="cw-inspector-body" data-testid="multi-inspector">
      <h3>
        {[
          devices.length ? plural(devices.length, 'device') : '',
          cables.length ? plural(cables.length, 'cable') : '',
        ]
          .filter(Boolean)
          .join(', ')}{' '}
        selected
      </h3>
      <p>
        {sortByName(selected, (d) => d.hostname)
          .map((d) => d.hostname)
          .join(', ')}
      </p>
      {devices.length >= 2 ? (
        <div className="cw-arrange" data-testid="arrange">
          {(['left', 'center', 'right', 'top', 'middle', 'bottom'] as const).map((mode) => (
            <button key={mode} type="button" onClick={() => arrange((b) => align(b, mode))}>
              Align {mode}
            </button>
          ))}
          <button
            type="button"
            disabled={devices.length < 3}
            onClick={() => arrange((b) => distribute(b, 'horizontal'))}
          >
            Distribute across
          </button>
          <button
            type="button"
            disabled={devices.length < 3}
            onClick={() => arrange((b) => distribute(b, 'vertical'))}
          >
            Distribute down
          </button>
        </div>
      ) : null}
      {firewalls.length === 2 && selected.length === 2 ? (
        <PairAction
          done={haPaired}
          what="firewalls are an HA pair"
          label="Make HA pair"
          onMake={() => makePair(createHaPair, firewalls[0]!.id, firewalls[1]!.id)}
          testId="make-ha"
        />
      ) : null}
      {switches.length === 2 && selected.length === 2 ? (
        <PairAction
          done={mlagPair !== undefined}
          what="switches are an MLAG pair"
          label="Make MLAG pair…"
          onMake={() => void guidedMlag(switches[0]!.id, switches[1]!.id, null)}
          testId="make-mlag"
        />
      ) : null}
      {mlagPair && !hasPeerLink && selected.length === 2 ? (
        <button
          type="button"
          onClick={() => void guidedMlag(mlagPair.switches[0], mlagPair.switches[1], mlagPair.id)}
          data-testid="add-peer-link"
        >
          Add peer link…
        </button>
      ) : null}
    </div>
  );
}
