import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { formatJsonPath } from '../../../shared/format/problem';
import { Preferences } from '../../../shared/ipc';
import type { FolderListing, TemplateSummary } from '../../../shared/ipc';
import { Field, Select, numberOrUndefined } from '../state/Field';
import { RULES } from '../../../shared/rules/registry';
import { FAST_UPLINK_MAX_NODES, WIZARD_MAX_NODES } from '../../../shared/templates';
import { VERSION } from '../../../shared/version';
import { bridge } from '../state/bridge';
import { SHORTCUT_LABEL } from './shortcuts';
import { useUi } from '../state/ui';
import type { Modal } from '../state/ui';

function Dialog({
  title,
  children,
  onCancel,
  wide,
  testId,
}: {
  title: string;
  children: ReactNode;
  onCancel(): void;
  wide?: boolean;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });
  useEffect(() => {
    // Focus the chosen control once, so Enter and Escape work without reaching for the mouse.
    const root = ref.current;
    const first =
      root?.querySelector<HTMLElement>('[data-autofocus]') ??
      root?.querySelector<HTMLElement>('input, button');
    first?.focus();
  }, []);
  useEffect(() => {
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        cancel.current();
      }
    };
    window.addEventListener('keydown', escape, true);
    return () => window.removeEventListener('keydown', escape, true);
  }, []);
  return (
    <div className="cw-modal-backdrop">
      <div
        ref={ref}
        className={`cw-modal${wide ? ' cw-modal-wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
      >
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}

function Buttons({ children }: { children: ReactNode }) {
  return <div className="cw-modal-buttons">{children}</div>;
}

function AskDialog({ modal }: { modal: Extract<Modal, { kind: 'ask' }> }) {
  return (
    <Dialog title={modal.title} onCancel={() => modal.resolve(null)} testId="ask-dialog">
      <p>{modal.message}</p>
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

function PromptDialog({ modal }: { modal: Extract<Modal, { kind: 'prompt' }> }) {
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

function ErrorDialog({ modal }: { modal: Extract<Modal, { kind: 'error' }> }) {
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

function joinPath(dir: string, name: string): string {
  const sep = useUi.getState().info?.pathSeparator ?? '/';
  return dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
}

/** Serve mode's file dialog: folders and files inside the served folder only. */
function FilePicker({ modal }: { modal: Extract<Modal, { kind: 'pick' }> }) {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState(modal.suggestedName);
  const extension =
    modal.fileKind === 'design'
      ? '.clusterwire'
      : modal.fileKind === 'png'
        ? '.png'
        : modal.fileKind === 'svg'
          ? '.svg'
          : '.csv';
  const browse = (dir?: string) =>
    bridge
      .browse(dir ? { dir } : {})
      .then((l) => {
        setListing(l);
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  useEffect(() => {
    void browse();
  }, []);
  const files =
    listing?.entries.filter(
      (e) => e.kind === 'folder' || e.name.toLowerCase().endsWith(extension),
    ) ?? [];
  const submit = () => {
    if (!listing || !name.trim()) return;
    const file = name.toLowerCase().endsWith(extension)
      ? name.trim()
      : `${name.trim()}${extension}`;
    modal.resolve(joinPath(listing.dir, file));
  };
  return (
    <Dialog
      title={modal.mode === 'open' ? 'Open design' : 'Save as'}
      onCancel={() => modal.resolve(null)}
      wide
      testId="file-picker"
    >
      <div className="cw-picker-path">
        <button
          type="button"
          disabled={!listing?.parent}
          onClick={() => listing?.parent && void browse(listing.parent)}
        >
          ↑ Up
        </button>
        <code>{listing?.dir ?? '…'}</code>
      </div>
      {error ? <p className="cw-error-message">{error}</p> : null}
      <ul className="cw-picker-list" role="listbox" aria-label="Files">
        {files.map((entry) => (
          <li key={entry.name}>
            <button
              type="button"
              role="option"
              aria-selected={entry.name === name}
              className={entry.kind === 'folder' ? 'cw-picker-folder' : undefined}
              onClick={() =>
                entry.kind === 'folder'
                  ? void browse(joinPath(listing!.dir, entry.name))
                  : setName(entry.name)
              }
              onDoubleClick={() => {
                if (entry.kind === 'file') modal.resolve(joinPath(listing!.dir, entry.name));
              }}
            >
              <span>{entry.kind === 'folder' ? '📁' : '📄'}</span>
              <span>{entry.name}</span>
              {entry.kind === 'file' ? (
                <span className="cw-muted">{(entry.size / 1024).toFixed(1)} KiB</span>
              ) : null}
            </button>
          </li>
        ))}
        {listing && files.length === 0 ? (
          <li className="cw-muted">No {extension} files here.</li>
        ) : null}
      </ul>
      <form
        className="cw-picker-name"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label>
          File name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-label="File name"
            data-autofocus
            placeholder={`name${extension}`}
          />
        </label>
        <Buttons>
          <button type="button" onClick={() => modal.resolve(null)}>
            Cancel
          </button>
          <button type="submit" className="cw-primary" disabled={!name.trim() || !listing}>
            {modal.mode === 'open' ? 'Open' : 'Save'}
          </button>
        </Buttons>
      </form>
    </Dialog>
  );
}

function TemplatePicker({ modal }: { modal: Extract<Modal, { kind: 'templates' }> }) {
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
  const storage = ceph && storageNics && uplink === 25;
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
            disabled={!ceph || uplink === 100}
            onChange={(e) => setStorageNics(e.target.checked)}
          />
          Separate 2 × 25G storage NICs for the Ceph cluster network
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

function ExportOptions({ modal }: { modal: Extract<Modal, { kind: 'export-options' }> }) {
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

function RecoveryDialog({ modal }: { modal: Extract<Modal, { kind: 'recovery' }> }) {
  const [entries, setEntries] = useState(modal.entries);
  const discard = async (key: string) => {
    await bridge.discardRecovery({ key });
    const rest = entries.filter((e) => e.key !== key);
    setEntries(rest);
    if (rest.length === 0) modal.resolve(null);
  };
  return (
    <Dialog
      title="Restore unsaved work?"
      onCancel={() => modal.resolve(null)}
      wide
      testId="recovery-dialog"
    >
      <p>ClusterWire closed before this work was saved. Restore it, or discard it for good.</p>
      <ul className="cw-recovery-list">
        {entries.map((entry) => (
          <li key={entry.key}>
            <div>
              <strong>{entry.name}</strong>
              <span className="cw-muted">
                {entry.path ?? 'never saved'} · autosaved {new Date(entry.savedAt).toLocaleString()}
              </span>
            </div>
            <button type="button" className="cw-primary" onClick={() => modal.resolve(entry.key)}>
              Restore
            </button>
            <button type="button" onClick={() => void discard(entry.key)}>
              Discard
            </button>
          </li>
        ))}
      </ul>
      <Buttons>
        <button type="button" onClick={() => modal.resolve(null)}>
          Decide later
        </button>
      </Buttons>
    </Dialog>
  );
}

function RulesReference({ modal }: { modal: Extract<Modal, { kind: 'rules' }> }) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return RULES.filter((r) => !q || `${r.id} ${r.title} ${r.why}`.toLowerCase().includes(q));
  }, [query]);
  return (
    <Dialog title="Rules reference" onCancel={() => modal.resolve()} wide testId="rules-reference">
      <input
        className="cw-search"
        placeholder={`Search ${RULES.length} rules`}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-label="Search rules"
      />
      <dl className="cw-rules">
        {shown.map((r) => (
          <div key={r.id}>
            <dt>
              <code>{r.id}</code>{' '}
              <span className={`cw-severity cw-severity-${r.severity}`}>{r.severity}</span>{' '}
              {r.title}
            </dt>
            <dd>
              {r.why} <em>Fix: {r.hint}</em> <span className="cw-muted">({r.source})</span>
            </dd>
          </div>
        ))}
      </dl>
      <Buttons>
        <button type="button" onClick={() => modal.resolve()}>
          Close
        </button>
      </Buttons>
    </Dialog>
  );
}

function About({ modal }: { modal: Extract<Modal, { kind: 'about' }> }) {
  const info = useUi((s) => s.info);
  return (
    <Dialog title="About ClusterWire" onCancel={() => modal.resolve()} testId="about">
      <p>
        ClusterWire {VERSION}: design and validate the physical network of Proxmox VE
        hyper-converged clusters.
      </p>
      <p className="cw-muted">
        {info?.transport === 'http' ? 'Serve mode (loopback only)' : 'Desktop app'} ·{' '}
        {info?.platform} · MIT licence
      </p>
      <Buttons>
        <button type="button" className="cw-primary" onClick={() => modal.resolve()}>
          OK
        </button>
      </Buttons>
    </Dialog>
  );
}

function Shortcuts({ modal }: { modal: Extract<Modal, { kind: 'shortcuts' }> }) {
  const rows: Array<[string, string]> = [
    ...Object.entries(SHORTCUT_LABEL).map(
      ([command, keys]) => [keys, COMMAND_TITLE[command] ?? command] as [string, string],
    ),
    ['Del / Backspace', 'Delete the selection'],
    ['Arrow keys', 'Nudge the selected devices along the grid'],
    ['Shift+click, drag on empty canvas', 'Select several'],
    ['Space+drag, right-drag', 'Pan'],
    ['Scroll, pinch', 'Zoom'],
    ['Drag from a port to a port', 'Cable them (refused with the reason when impossible)'],
    ['Drag from the palette', 'Place a device'],
    ['Ctrl/⌘+C, X, V', 'Copy, cut, paste devices (cables between them come along)'],
  ];
  return (
    <Dialog title="Keyboard shortcuts" onCancel={() => modal.resolve()} wide testId="shortcuts">
      <table className="cw-shortcuts">
        <tbody>
          {rows.map(([keys, what]) => (
            <tr key={`${keys}${what}`}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Buttons>
        <button type="button" className="cw-primary" onClick={() => modal.resolve()}>
          Close
        </button>
      </Buttons>
    </Dialog>
  );
}

const COMMAND_TITLE: Record<string, string> = {
  new: 'New from template',
  open: 'Open',
  save: 'Save',
  'save-as': 'Save As',
  'repeat-export': 'Repeat last export',
  undo: 'Undo',
  redo: 'Redo',
  'zoom-in': 'Zoom in',
  'zoom-out': 'Zoom out',
  'fit-view': 'Fit the design',
  'rules-reference': 'Rules reference',
  duplicate: 'Duplicate',
  'auto-layout': 'Auto layout (firewalls, core pair, servers)',
  delete: 'Delete',
  'select-all': 'Select all',
  'toggle-problems': 'Show or hide the problems panel',
  shortcuts: 'This list',
};

function PreferencesDialog({ modal }: { modal: Extract<Modal, { kind: 'preferences' }> }) {
  const prefs = useUi((s) => s.prefs);
  if (!prefs) return null;
  const save = async (patch: Parameters<typeof bridge.setPreferences>[0]) => {
    useUi.getState().setPrefs(await bridge.setPreferences(patch));
  };
  const cables = prefs.cables;
  const cableSchema = Preferences.shape.cables.removeCatch().shape;
  return (
    <Dialog title="Preferences" onCancel={() => modal.resolve()} testId="preferences">
      <Select
        label="Theme"
        value={prefs.theme}
        options={[
          { value: 'system', label: 'Like the system' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        onChange={(theme) => void save({ theme })}
      />
      <Field
        label="Autosave after (s)"
        value={prefs.autosaveSeconds}
        schema={Preferences.shape.autosaveSeconds.removeCatch()}
        parse={numberOrUndefined}
        onCommit={(autosaveSeconds) => void save({ autosaveSeconds })}
      />
      <h3>New cables</h3>
      <Field
        label="DAC up to (m)"
        value={cables.copperMaxM}
        schema={cableSchema.copperMaxM}
        parse={numberOrUndefined}
        onCommit={(copperMaxM) => void save({ cables: { copperMaxM } })}
        testId="pref-copper-max"
      />
      <Select
        label="Beyond that"
        value={cables.fiber}
        options={[
          { value: 'mmf-om4', label: 'OM4 multimode fiber' },
          { value: 'mmf-om3', label: 'OM3 multimode fiber' },
          { value: 'smf-os2', label: 'OS2 single-mode fiber' },
          { value: 'aoc', label: 'Active optical cable' },
        ]}
        onChange={(fiber) => void save({ cables: { fiber } })}
      />
      <Field
        label="New cable length (m)"
        value={cables.defaultLengthM}
        schema={cableSchema.defaultLengthM}
        parse={numberOrUndefined}
        onCommit={(defaultLengthM) => void save({ cables: { defaultLengthM } })}
        testId="pref-default-length"
      />
      <Buttons>
        <button type="button" className="cw-primary" onClick={() => modal.resolve()}>
          Done
        </button>
      </Buttons>
    </Dialog>
  );
}

export function ModalHost() {
  const modal = useUi((s) => s.modal);
  if (!modal) return null;
  switch (modal.kind) {
    case 'ask':
      return <AskDialog modal={modal} />;
    case 'error':
      return <ErrorDialog modal={modal} />;
    case 'pick':
      return <FilePicker modal={modal} />;
    case 'templates':
      return <TemplatePicker modal={modal} />;
    case 'export-options':
      return <ExportOptions modal={modal} />;
    case 'recovery':
      return <RecoveryDialog modal={modal} />;
    case 'prompt':
      return <PromptDialog modal={modal} />;
    case 'rules':
      return <RulesReference modal={modal} />;
    case 'about':
      return <About modal={modal} />;
    case 'shortcuts':
      return <Shortcuts modal={modal} />;
    case 'preferences':
      return <PreferencesDialog modal={modal} />;
  }
}
