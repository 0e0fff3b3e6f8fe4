import type { Modal } from '../../state/ui';
import { Buttons, Dialog } from './Dialog';

/** One report for an Import Device Types of one or more files: each file, its models, notes. */
export function ImportReport({ modal }: { modal: Extract<Modal, { kind: 'import-report' }> }) {
  const { report } = modal;
  const byFile = new Map<string, typeof report.models>();
  for (const model of report.models) {
    const list = byFile.get(model.file);
    if (list) list.push(model);
    else byFile.set(model.file, [model]);
  }
  const count = report.models.length;
  return (
    <Dialog
      title={`Imported ${count} device ${count === 1 ? 'type' : 'types'}`}
      onCancel={() => modal.resolve()}
      wide
      testId="import-report"
    >
      <p>
        Added to <code>{report.catalogPath}</code>; the palette lists them. What a file holds that
        the catalog cannot, and guesses to check:
      </p>
      <ul className="cw-import-report" aria-label="Imported files">
        {[...byFile].map(([file, models]) => (
          <li key={file}>
            <strong>{file}</strong>
            <ul>
              {models.map((model) => (
                <li key={model.id}>
                  {model.name} <code className="cw-muted">{model.id}</code>
                  {model.notes.length > 0 ? (
                    <ul>
                      {model.notes.map((note) => (
                        <li key={note}>{note}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="cw-muted"> · all mapped</span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <Buttons>
        <button type="button" className="cw-primary" data-autofocus onClick={() => modal.resolve()}>
          OK
        </button>
      </Buttons>
    </Dialog>
  );
}
