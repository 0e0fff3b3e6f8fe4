import { useState } from 'react';
import type { PeerLinkLeg } from '../../../../shared/edit';
import type { Port } from '../../../../shared/model';
import type { Modal } from '../../state/ui';
import { Buttons, Dialog } from './Dialog';

const portLabel = (p: Port) => `${p.name} (${p.speeds.at(-1) ?? '?'}G)`;

/**
 * Guided MLAG: the peer link proposed from the switches' free fast ports, one row per cable;
 * the user may change a port, add or remove a cable, or make the pair without a peer link.
 */
export function PeerLinkDialog({ modal }: { modal: Extract<Modal, { kind: 'peer-link' }> }) {
  const { proposal } = modal;
  const [swA, swB] = proposal.switches;
  const [portsA, portsB] = proposal.candidates;
  const [rows, setRows] = useState<Array<[string, string]>>(() =>
    proposal.legs.length > 0 ? proposal.legs.map(([a, b]) => [a.port, b.port]) : [['', '']],
  );
  const complete = rows.filter(([a, b]) => a !== '' && b !== '');
  const picked = rows.flatMap(([a, b], i) => [`A${a}#${i}`, `B${b}#${i}`]);
  const duplicate = (side: 'A' | 'B', port: string) =>
    port !== '' && picked.filter((k) => k.startsWith(`${side}${port}#`)).length > 1;
  const hasDuplicate = rows.some(([a, b]) => duplicate('A', a) || duplicate('B', b));
  const legs = (): PeerLinkLeg[] =>
    complete.map(([a, b]) => [
      { device: swA.id, port: a },
      { device: swB.id, port: b },
    ]);
  const set = (i: number, side: 0 | 1, port: string) =>
    setRows(rows.map((r, j) => (j === i ? (side === 0 ? [port, r[1]] : [r[0], port]) : r)));
  const select = (i: number, side: 0 | 1, ports: Port[], host: string) => (
    <select
      value={rows[i]![side]}
      aria-label={`Peer-link cable ${i + 1}, port on ${host}`}
      data-testid={`peer-port-${i}-${side === 0 ? 'a' : 'b'}`}
      className={duplicate(side === 0 ? 'A' : 'B', rows[i]![side]) ? 'cw-invalid' : undefined}
      onChange={(e) => set(i, side, e.target.value)}
    >
      <option value="">(pick a port)</option>
      {ports.map((p) => (
        <option key={p.name} value={p.name}>
          {portLabel(p)}
        </option>
      ))}
    </select>
  );
  return (
    <Dialog
      title={modal.withPair ? 'Make MLAG pair' : 'Add the MLAG peer link'}
      onCancel={() => modal.resolve(null)}
      testId="peer-link-dialog"
      wide
    >
      <p>
        The peer link joins {swA.hostname} and {swB.hostname}: the cables below, bonded into one LAG
        that carries every VLAN. {proposal.problem ?? 'Proposed from the fastest free ports.'}
      </p>
      <table className="cw-port-table">
        <thead>
          <tr>
            <th>Cable</th>
            <th>{swA.hostname}</th>
            <th>{swB.hostname}</th>
            <th aria-label="Remove" />
          </tr>
        </thead>
        <tbody>
          {rows.map((_, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td>{select(i, 0, portsA, swA.hostname)}</td>
              <td>{select(i, 1, portsB, swB.hostname)}</td>
              <td>
                <button
                  type="button"
                  className="cw-link"
                  aria-label={`Remove peer-link cable ${i + 1}`}
                  onClick={() => setRows(rows.filter((__, j) => j !== i))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="cw-link" onClick={() => setRows([...rows, ['', '']])}>
        Add a cable
      </button>
      {hasDuplicate ? <p className="cw-prop-error">A port is picked twice.</p> : null}
      {complete.length === 1 ? (
        <p className="cw-muted">
          One cable works, but a second keeps the pair whole when it fails.
        </p>
      ) : null}
      <Buttons>
        <button type="button" onClick={() => modal.resolve(null)}>
          Cancel
        </button>
        {modal.withPair ? (
          <button type="button" onClick={() => modal.resolve([])} data-testid="pair-only">
            Pair without peer link
          </button>
        ) : null}
        <button
          type="button"
          className="cw-primary"
          data-autofocus
          disabled={complete.length === 0 || hasDuplicate}
          onClick={() => modal.resolve(legs())}
          data-testid="peer-link-confirm"
        >
          {modal.withPair ? 'Make pair with peer link' : 'Add peer link'}
        </button>
      </Buttons>
    </Dialog>
  );
}
