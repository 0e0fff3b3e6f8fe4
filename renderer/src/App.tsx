import { ReactFlowProvider } from '@xyflow/react';
import { memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { findModel } from '../../shared/catalog';
import { addDevice } from '../../shared/edit';
import type { Design } from '../../shared/model';
import { plural } from '../../shared/model';
import { createValidator, summarize } from '../../shared/rules';
import type { Validator } from '../../shared/rules';
import type { Finding } from '../../shared/rules/finding';
import { DesignCanvas } from './canvas/DesignCanvas';
import { registerCanvasCommands } from './canvas/ViewCommands';
import { FindDevice } from './editor/FindDevice';
import { Palette } from './editor/Palette';
import { ProblemsPanel } from './editor/ProblemsPanel';
import { SizingPanel } from './editor/SizingPanel';
import { installClipboard } from './editor/clipboard';
import { registerEditorCommands } from './editor/commands';
import { Inspector } from './editor/inspector/Inspector';
import { GuardedMenuBar } from './shell/GuardedMenuBar';
import { ComparePanel } from './shell/ComparePanel';
import { ModalHost } from './shell/ModalHost';
import { Notices } from './shell/Notices';
import { PanelBoundary } from './shell/PanelBoundary';
import { Welcome } from './shell/Welcome';
import { registerShellCommands } from './shell/commands';
import { useAutosave, useCommands, useDocumentTitle, useStartup, useTheme } from './shell/hooks';
import { bridge } from './state/bridge';
import { runCommand } from './state/commands';
import { useCatalog } from './state/catalog';
import { fileName, isDirty, useDocument } from './state/document';
import { draftMark } from './state/fieldFocus';
import { useSelection } from './state/selection';
import { useUi } from './state/ui';

// Each room registers the commands it runs; the command table (shared/commands) lists them all.
registerShellCommands();
registerEditorCommands();
registerCanvasCommands();

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
      {...draftMark(draft !== null && draft !== name)}
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

function BottomPanel({ findings }: { findings: Finding[] | null }) {
  const design = useDocument((s) => s.doc?.design);
  const [tab, setTab] = useState<'problems' | 'sizing'>('problems');
  if (!design) return null;
  return (
    <section className="cw-bottom" aria-label="Problems and sizing">
      <div className="cw-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'problems'}
          onClick={() => setTab('problems')}
        >
          Problems{findings ? ` (${findings.filter((f) => !f.suppressed).length})` : ''}
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'sizing'}
          onClick={() => setTab('sizing')}
        >
          Ceph sizing
        </button>
      </div>
      <div className="cw-tab-body">
        {tab === 'problems' ? (
          findings ? (
            <ProblemsPanel findings={findings} />
          ) : (
            <div className="cw-problems" data-testid="problems">
              Validating…
            </div>
          )
        ) : (
          <SizingPanel design={design} />
        )}
      </div>
    </section>
  );
}

/**
 * The canvas gets the design and its findings a step behind the rest of the window: after an
 * edit, the status bar, the problems panel and the inspector commit first, and React reconciles
 * the 1,000 nodes of a large canvas in a second, interruptible render (`useDeferredValue`), so
 * validation feedback does not wait for the canvas. Within a document only: a newly opened one
 * reaches its fresh canvas at once.
 */
function useCanvasInput(key: string | undefined, design: Design | undefined, findings: Finding[]) {
  const live = useMemo(() => ({ key, design, findings }), [key, design, findings]);
  const deferred = useDeferredValue(live);
  return deferred.key === live.key && deferred.design ? deferred : live;
}

const Canvas = memo(DesignCanvas);
/** What the canvas marks while a newly opened design waits for validation. */
const NO_FINDINGS: Finding[] = [];

/** Validates, and leaves the time it took in the page's performance timeline (the benchmark reads it). */
function timedValidate(validator: Validator, design: Design): Finding[] {
  const start = performance.now();
  const findings = validator.validate(design);
  performance.measure('cw:validate', { start, detail: validator.lastRun });
  return findings;
}

/** Longest a newly opened design waits for an idle moment before it is validated anyway. */
const FIRST_VALIDATION_WAIT_MS = 2000;
/**
 * From this size on a newly opened design waits for the first rest; a smaller one validates in
 * a few milliseconds, so it is validated at once and never shows "Validating…".
 */
const DEFER_FIRST_VALIDATION_FROM_DEVICES = 300;

/**
 * The open design's findings, or null while a newly opened document waits for validation.
 * Validation is synchronous and takes a few hundred milliseconds at 1,000 devices: run in the
 * render that opens the document, it held back the canvas's first paint by that much. So a new
 * document is validated when the window first rests (its canvas drawn, nodes measured, cables
 * routed), and the status bar says so meanwhile; a small one is validated at once. Edits within
 * a document are validated in the render they cause: their feedback is what the status bar is for.
 */
function useFindings(
  docKey: string | undefined,
  design: Design | undefined,
  validator: Validator,
): Finding[] | null {
  const [validatedKey, setValidatedKey] = useState<string | undefined>(undefined);
  const opening = docKey !== undefined && validatedKey !== docKey;
  // Decided when the document opens: an edit that grows it later is validated at once.
  const waiting = opening && (design?.devices.length ?? 0) >= DEFER_FIRST_VALIDATION_FROM_DEVICES;
  // A small document counts as validated from its first render (React's adjust-state-while-
  // rendering pattern: the render repeats at once, before anything is painted).
  if (opening && !waiting) setValidatedKey(docKey);
  useEffect(() => {
    if (!waiting) return;
    const ready = () => setValidatedKey(docKey);
    // Electron's and Chromium's renderers have requestIdleCallback; anything else waits a frame.
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(ready, 16);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(ready, { timeout: FIRST_VALIDATION_WAIT_MS });
    return () => cancelIdleCallback(idle);
  }, [waiting, docKey]);
  return useMemo(
    () => (design && !waiting ? timedValidate(validator, design) : null),
    [design, validator, waiting],
  );
}

function addFromPalette(modelId: string): void {
  const { catalog } = useCatalog.getState();
  const design = useDocument.getState().doc?.design;
  if (!design) return;
  const n = design.devices.length;
  let id = '';
  useDocument.getState().edit((d) => {
    id = addDevice(d, findModel(catalog, modelId), {
      x: 40 + (n % 6) * 260,
      y: 40 + Math.floor(n / 6) * 220,
    });
  });
  useSelection.getState().select([id], [], true);
}

export function App() {
  useStartup();
  useCommands();
  useDocumentTitle();
  useEffect(() => installClipboard(), []);
  const theme = useTheme();
  const autosavedAt = useAutosave();
  const doc = useDocument((s) => s.doc);
  const info = useUi((s) => s.info);
  const busy = useUi((s) => s.busy);
  const launching = useUi((s) => s.launching);
  const panels = useUi((s) => s.panels);
  const catalog = useCatalog((s) => s.catalog);
  const validator = useMemo(() => createValidator({ catalog }), [catalog]);
  const design = doc?.design;
  const findings = useFindings(doc?.key, design, validator);
  const canvas = useCanvasInput(doc?.key, design, findings ?? NO_FINDINGS);
  const summary = useMemo(() => (findings ? summarize(findings) : null), [findings]);
  const dirty = isDirty(doc);
  const docPath = doc?.path ?? null;
  const docKey = doc?.key;
  useEffect(() => {
    // The catalog for this design: built-in plus a user catalog beside the file.
    if (!docKey) return;
    void bridge
      .getCatalog({ designPath: docPath })
      .then(({ catalog: c }) => useCatalog.getState().setCatalog(c))
      .catch(() => undefined);
  }, [docKey, docPath]);

  return (
    <div className="cw-app">
      <header className="cw-titlebar">
        <span className="cw-brand">ClusterWire</span>
        {info?.transport === 'http' ? <GuardedMenuBar /> : null}
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
      <main className={`cw-workspace${design ? '' : ' cw-workspace-empty'}`}>
        {design ? (
          // A fresh canvas per document: its own viewport, fitted to it (or 100 % when empty).
          <ReactFlowProvider key={doc?.key}>
            {panels.palette ? (
              <PanelBoundary name="palette">
                <Palette onAdd={addFromPalette} />
              </PanelBoundary>
            ) : null}
            <div className="cw-canvas">
              <PanelBoundary name="canvas">
                <Canvas
                  design={canvas.design ?? design}
                  findings={canvas.findings}
                  colorMode={theme}
                />
              </PanelBoundary>
              <PanelBoundary name="find box" compact className="cw-find-failed">
                <FindDevice />
              </PanelBoundary>
            </div>
            <PanelBoundary name="comparison">
              <ComparePanel />
            </PanelBoundary>
            {panels.inspector ? (
              <PanelBoundary name="inspector">
                <Inspector />
              </PanelBoundary>
            ) : null}
          </ReactFlowProvider>
        ) : launching ? (
          <p className="cw-opening" role="status">
            Opening {fileName(launching)}…
          </p>
        ) : info ? (
          <PanelBoundary name="welcome page">
            <Welcome />
          </PanelBoundary>
        ) : null}
      </main>
      {design && panels.problems ? (
        <PanelBoundary name="problems panel">
          <BottomPanel findings={findings} />
        </PanelBoundary>
      ) : null}
      <footer className="cw-statusbar">
        <span>
          {design
            ? `${plural(design.devices.length, 'device')} · ${plural(design.cables.length, 'cable')} · ${plural(design.networks.length, 'network')}`
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
        {design ? (
          <button
            type="button"
            className="cw-validation"
            data-testid="validation-summary"
            title="Show or hide the problems panel"
            onClick={() => void runCommand('toggle-problems')}
          >
            {summary ? (
              <>
                <span className={summary.errors ? 'cw-count-error' : undefined}>
                  {plural(summary.errors, 'error')}
                </span>
                {' · '}
                <span className={summary.warnings ? 'cw-count-warning' : undefined}>
                  {plural(summary.warnings, 'warning')}
                </span>
                {` · ${plural(summary.infos, 'info')}`}
                {summary.suppressed ? (
                  <span className="cw-muted">{` · ${summary.suppressed} suppressed`}</span>
                ) : null}
              </>
            ) : (
              'Validating…'
            )}
          </button>
        ) : null}
      </footer>
      {/* A failing dialog closes itself and leaves a notice (ModalHost has its own boundary). */}
      <ModalHost />
      <PanelBoundary name="notices" compact className="cw-notices-failed">
        <Notices />
      </PanelBoundary>
    </div>
  );
}
