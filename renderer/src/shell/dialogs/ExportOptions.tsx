import { useState } from 'react';
import { PAPER_SIZES, Paper } from '../../../../shared/export/paper';
import { PNG_SCALE, PNG_SCALE_CHOICES } from '../../../../shared/export/pngScale';
import type { Modal } from '../../state/ui';
import { Buttons, Dialog } from './Dialog';

const TITLES = {
  svg: 'Export SVG',
  png: 'Export PNG',
  bom: 'Export CSV',
  cables: 'Export CSV',
  drawio: 'Export draw.io',
  clab: 'Export containerlab',
  netbox: 'Export to NetBox',
};

export function ExportOptions({ modal }: { modal: Extract<Modal, { kind: 'export-options' }> }) {
  const [scale, setScale] = useState(1);
  const [transparent, setTransparent] = useState(false);
  const [excel, setExcel] = useState(false);
  const [paper, setPaper] = useState<Paper | ''>('');
  const png = modal.exportKind === 'png';
  const diagram = png || modal.exportKind === 'svg';
  return (
    <Dialog
      title={TITLES[modal.exportKind]}
      onCancel={() => modal.resolve(null)}
      testId="export-options"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          modal.resolve({ scale, transparent, excel, ...(paper ? { paper } : {}) });
        }}
      >
        {diagram ? (
          <label className="cw-field">
            Size
            <select
              value={paper}
              data-testid="export-paper"
              onChange={(e) => setPaper(e.target.value === '' ? '' : Paper.parse(e.target.value))}
            >
              <option value="">The drawing&apos;s own size</option>
              {Paper.options.map((p) => (
                <option key={p} value={p}>
                  Fit to {PAPER_SIZES[p].label}
                  {png ? ' (300 dpi)' : ''}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {png ? (
          <>
            <label className="cw-field">
              Scale
              <select
                value={scale}
                disabled={paper !== ''}
                title={paper ? 'The paper sets the size' : undefined}
                onChange={(e) => setScale(Number(e.target.value))}
              >
                {PNG_SCALE_CHOICES.map((s) => (
                  <option key={s} value={s}>
                    {s}x{s >= 2 ? ' (print)' : s < PNG_SCALE.printFrom ? ' (overview)' : ''}
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
        ) : null}
        {diagram ? null : (
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
