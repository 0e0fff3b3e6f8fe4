import { formatJsonPath } from '../../../../shared/format/problem';
import type { Modal } from '../../state/ui';
import { Buttons, Dialog } from './Dialog';

export function ErrorDialog({ modal }: { modal: Extract<Modal, { kind: 'error' }> }) {
  const problems = modal.problems ?? [];
  return (
    <Dialog title={modal.title} onCancel={() => modal.resolve()} testId="error-dialog" wide>
      <p className="cw-error-message">{modal.message}</p>
      {problems.length > 1 ? (
        <ul className="cw-problem-list">
          {problems.slice(0, 50).map((p, i) => (
            <li key={i}>
              {p.line !== undefined ? `line ${p.line}, column ${p.column ?? 1}: ` : ''}
              {p.message}
              {p.path.length ? <code> {formatJsonPath(p.path)}</code> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="cw-muted">Nothing was changed on disk.</p>
      <Buttons>
        <button type="button" className="cw-primary" onClick={() => modal.resolve()}>
          OK
        </button>
      </Buttons>
    </Dialog>
  );
}
