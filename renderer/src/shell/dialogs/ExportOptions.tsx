import { useState } from 'react';
import type { Modal } from '../../state/ui';
import { Buttons, Dialog } from './Dialog';

export function ExportOptions({ modal }: { modal: Extract<Modal, { kind: 'export-options' }> }) {
  const [scale, setScale] = useState(1);
  const [transparent, setTransparent] = useState(false);
  const [excel, setExcel] = useState(false);
  const png = modal.exportKind === 'png';
  return (
    <Dialog
      title={png ? 'Export PNG' : 'Export CSV'}
      onCancel={() => modal.resolve(null)}
      testId="export-options"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          modal.resolve({ scale, transparent, excel });
        }}
      >
        {png ? (
          <>
            <label className="cw-field">
              Scale
              <select value={scale} onChange={(e) => setScale(Number(e.target.value))}>
                {[0.5, 1, 2, 3, 4].map((s) => (
                  <option key={s} value={s}>
                    {s}x{s >= 2 ? ' (print)' : ''}
                  </option>
                ))}
              </select>
            </label>
            <label className="cw-check">
              <input
                type="checkbox"
                checked={transparent}
                onChange={(e) => setTransparent(e.target.checked)}
              />
              Transparent background
            </label>
          </>
        ) : (
          <label className="cw-check">
            <input type="checkbox" checked={excel} onChange={(e) => setExcel(e.target.checked)} />
            For Excel in locales that use “;” (UTF-8 BOM, semicolons)
          </label>
        )}
        <Buttons>
          <button type="button" onClick={() => modal.resolve(null)}>
            Cancel
          </button>
          <button type="submit" className="cw-primary" data-autofocus>
            Choose file…
          </button>
        </Buttons>
      </form>
    </Dialog>
  );
}
