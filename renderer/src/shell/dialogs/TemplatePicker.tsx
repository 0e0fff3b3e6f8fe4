import { useEffect, useState } from 'react';
import type { TemplateSummary } from '../../../../shared/ipc';
import {
  FAST_UPLINK_MAX_NODES,
  STORAGE_NICS_MAX_NODES,
  WIZARD_MAX_NODES,
} from '../../../../shared/templates';
import { bridge } from '../../state/bridge';
import type { Modal } from '../../state/ui';
import { Buttons, Dialog } from './Dialog';

export function TemplatePicker({ modal }: { modal: Extract<Modal, { kind: 'templates' }> }) {
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [nodes, setNodes] = useState('3');
  const [ceph, setCeph] = useState(true);
  const [storageNics, setStorageNics] = useState(false);
  const [uplink, setUplink] = useState<25 | 100>(25);
  useEffect(() => {
    void bridge.listTemplates({}).then(setTemplates);
  }, []);
  const count = Number(nodes);
  const maxNodes = uplink === 100 ? FAST_UPLINK_MAX_NODES : WIZARD_MAX_NODES;
  const nodesValid = Number.isInteger(count) && count >= 3 && count <= maxNodes;
  // Storage NICs need a second core port per node: one core pair has room for 22 nodes.
  const storageOffered = ceph && uplink === 25 && !(count > STORAGE_NICS_MAX_NODES);
  const storage = storageNics && storageOffered;
  return (
    <Dialog title="New design" onCancel={() => modal.resolve(null)} wide testId="template-picker">
      <form
        className="cw-wizard"
        data-testid="wizard"
        onSubmit={(event) => {
          event.preventDefault();
          if (nodesValid)
            modal.resolve({
              template: 'pve-hci',
              options: { nodes: count, ceph, storageNics: storage, uplinkGbps: uplink },
            });
        }}
      >
        <h3>Proxmox VE cluster</h3>
        <p className="cw-muted">
          Firewall HA pair, MLAG core pair, management switch and the nodes, cabled, bonded and
          addressed: a design without errors to start from.
        </p>
        <div className="cw-prop">
          <label htmlFor="wizard-nodes">Nodes</label>
          <input
            id="wizard-nodes"
            value={nodes}
            onChange={(e) => setNodes(e.target.value)}
            aria-invalid={!nodesValid}
            className={nodesValid ? undefined : 'cw-invalid'}
            data-autofocus
          />
          {nodesValid ? null : <span className="cw-prop-error">3 to {maxNodes} nodes</span>}
        </div>
        <div className="cw-prop">
          <label htmlFor="wizard-uplink">Uplinks</label>
          <select
            id="wizard-uplink"
            value={uplink}
            onChange={(e) => setUplink(Number(e.target.value) === 100 ? 100 : 25)}
          >
            <option value={25}>2 × 25G per node (SFP28), LACP across the core pair</option>
            <option value={100}>
              2 × 100G per node (QSFP28), up to {FAST_UPLINK_MAX_NODES} nodes
            </option>
          </select>
        </div>
        <label className="cw-check">
          <input type="checkbox" checked={ceph} onChange={(e) => setCeph(e.target.checked)} />
          Ceph on the nodes (hyper-converged)
        </label>
        <label className="cw-check">
          <input
            type="checkbox"
            checked={storage}
            disabled={!storageOffered}
            onChange={(e) => setStorageNics(e.target.checked)}
          />
          Separate 2 × 25G storage NICs for the Ceph cluster network (up to {STORAGE_NICS_MAX_NODES}{' '}
          nodes)
        </label>
        <Buttons>
          <button type="submit" className="cw-primary" disabled={!nodesValid}>
            Create
          </button>
        </Buttons>
      </form>
      <h3>Or start from</h3>
      <ul className="cw-template-list">
        {templates.map((t) => (
          <li key={t.name}>
            <button type="button" onClick={() => modal.resolve({ template: t.name })}>
              <strong>{t.title}</strong>
              <span>{t.description}</span>
            </button>
          </li>
        ))}
      </ul>
      <Buttons>
        <button type="button" onClick={() => modal.resolve(null)}>
          Cancel
        </button>
      </Buttons>
    </Dialog>
  );
}
