import { useState } from 'react';
import type { Modal } from '../../state/ui';
import { Buttons, Dialog } from './Dialog';

export function PromptDialog({ modal }: { modal: Extract<Modal, { kind: 'prompt' }> }) {
  const [text, setText] = useState('');
  return (
    <Dialog title={modal.title} onCancel={() => modal.resolve(null)} testId="prompt-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) modal.resolve(text);
        }}
      >
        <p>{modal.message}</p>
        <label className="cw-field">
          {modal.label}
          <input
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-label={modal.label}
            data-autofocus
          />
        </label>
        <Buttons>
          <button type="button" onClick={() => modal.resolve(null)}>
            Cancel
          </button>
          <button type="submit" className="cw-primary" disabled={!text.trim()}>
            OK
          </button>
        </Buttons>
      </form>
    </Dialog>
  );
}
