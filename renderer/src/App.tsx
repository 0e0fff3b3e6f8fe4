import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { createValidator, summarize } from '../../shared/rules';
import { DesignCanvas } from './canvas/DesignCanvas';
import { fileName, isDirty, useDocument } from './document/store';
import { MenuBar } from './shell/MenuBar';
import { ModalHost } from './shell/Modals';
import { Notices } from './shell/Notices';
import { Welcome } from './shell/Welcome';
import { useAutosave, useCommands, useDocumentTitle, useStartup, useTheme } from './shell/hooks';
import { useUi } from './shell/ui';

/** The design name, edited in place; committed as one undoable edit on Enter or blur. */
function DesignName({ name }: { name: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  const edit = useDocument((s) => s.edit);
  const value = draft ?? name;
  const invalid = value.trim() === '';
  const commit = () => {
    if (draft !== null && !invalid && draft !== name)
      edit((d) => void (d.meta.name = draft.trim()));
    setDraft(null);
  };
  return (
    <input
      className={`cw-design-name${invalid ? ' cw-invalid' : ''}`}
      aria-label="Design name"
      aria-invalid={invalid}
      title={invalid ? 'A design needs a name' : 'Design name'}
      value={value}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}

export function App() {
  useStartup();
  useCommands();
  useDocumentTitle();
  const theme = useTheme();
  const autosavedAt = useAutosave();
  const doc = useDocument((s) => s.doc);
  const edit = useDocument((s) => s.edit);
  const info = useUi((s) => s.info);
  const busy = useUi((s) => s.busy);
  const validator = useMemo(() => createValidator(), []);
  const design = doc?.design;
  const summary = useMemo(
    () => (design ? summarize(validator.validate(design)) : null),
    [design, validator],
  );
  const dirty = isDirty(doc);
  const onMoveDevices = useCallback(
    (positions: Record<string, { x: number; y: number }>) =>
      edit((draft) => {
        for (const [id, position] of Object.entries(positions))
          draft.layout.positions[id] = position;
      }),
    [edit],
  );

  return (
    <div className="cw-app">
      <header className="cw-titlebar">
        <span className="cw-brand">ClusterWire</span>
        {info?.transport === 'http' ? <MenuBar /> : null}
        {doc ? (
          <>
            <span className="cw-file-name" data-testid="file-name">
              {fileName(doc.path)}
              {dirty ? (
                <span className="cw-dirty" aria-label="unsaved changes" title="Unsaved changes">
                  {' '}
                  •
                </span>
              ) : null}
            </span>
            <DesignName key={doc.key} name={doc.design.meta.name} />
          </>
        ) : null}
      </header>
      <main className="cw-canvas">
        {design ? (
          <ReactFlowProvider>
            <DesignCanvas design={design} onMoveDevices={onMoveDevices} colorMode={theme} />
          </ReactFlowProvider>
        ) : info ? (
          <Welcome />
        ) : null}
      </main>
      <footer className="cw-statusbar">
        <span>
          {design
            ? `${design.devices.length} devices · ${design.cables.length} cables · ${design.networks.length} networks`
            : 'No design open'}
          {busy ? (
            <span className="cw-busy" data-testid="busy">
              {' '}
              · {busy}
            </span>
          ) : null}
          {autosavedAt ? (
            <span className="cw-muted">
              {' '}
              · autosaved {new Date(autosavedAt).toLocaleTimeString()}
            </span>
          ) : null}
        </span>
        {summary ? (
          <span className="cw-validation" data-testid="validation-summary">
            <span className={summary.errors ? 'cw-count-error' : undefined}>
              {summary.errors} errors
            </span>
            {' · '}
            <span className={summary.warnings ? 'cw-count-warning' : undefined}>
              {summary.warnings} warnings
            </span>
            {` · ${summary.infos} infos`}
          </span>
        ) : null}
      </footer>
      <ModalHost />
      <Notices />
    </div>
  );
}
