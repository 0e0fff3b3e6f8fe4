import type { Modal } from '../../state/ui';
import { Buttons, Dialog } from './Dialog';

export function AskDialog({ modal }: { modal: Extract<Modal, { kind: 'ask' }> }) {
  return (
    <Dialog title={modal.title} onCancel={() => modal.resolve(null)} testId="ask-dialog">
      <p className="cw-ask-message">{modal.message}</p>
      <Buttons>
        {modal.buttons.map((label, i) => (
          <button
            key={label}
            type="button"
            className={i === 0 ? 'cw-primary' : undefined}
            data-autofocus={i === 0 ? true : undefined}
            onClick={() => modal.resolve(i)}
          >
            {label}
          </button>
        ))}
      </Buttons>
    </Dialog>
  );
}
