import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { formatMissingFact, generateConfiguration } from '../../../../shared/generate';
import type { GeneratedFile } from '../../../../shared/generate';
import { plural } from '../../../../shared/model';
import { useCatalog } from '../../state/catalog';
import { useDocument } from '../../state/document';
import type { Modal } from '../../state/ui';
import { useUi } from '../../state/ui';
import { generateConfigFolder } from '../files';
import { Buttons, Dialog } from './Dialog';

type Platform = '' | 'eos' | 'nvue';

/**
 * File > Generate Configuration…: every generated file in a tab with light syntax colouring and
 * a Copy button, then Save Folder…; or, when the design is refused, every error or missing fact
 * to fix. Generation is pure and fast, so the preview follows the design as it is now.
 */
export function GenerateDialog({ modal }: { modal: Extract<Modal, { kind: 'generate' }> }) {
  const design = useDocument((s) => s.doc?.design);
  const catalog = useCatalog((s) => s.catalog);
  const [platform, setPlatform] = useState<Platform>('');
  const [tab, setTab] = useState(0);
  const result = useMemo(
    () =>
      design
        ? generateConfiguration(design, {
            catalog,
            ...(platform ? { switchPlatform: platform } : {}),
          })
        : null,
    [design, catalog, platform],
  );
  const close = () => modal.resolve();
  if (!result) return null;
  const needsPlatform =
    platform !== '' ||
    (!result.ok &&
      result.reason === 'missing' &&
      result.missing.some((f) => f.field === 'switch platform'));
  const files = result.ok ? result.files : [];
  const current = files[Math.min(tab, files.length - 1)];
  return (
    <Dialog title="Generate configuration" onCancel={close} wide testId="generate-dialog">
      {needsPlatform ? (
        <label className="cw-field">
          Platform of switches whose model and inspector name none
          <select
            value={platform}
            onChange={(e) => setPlatform(e.target.value as Platform)}
            data-testid="generate-platform"
          >
            <option value="">(choose)</option>
            <option value="eos">Arista EOS</option>
            <option value="nvue">NVIDIA Cumulus (NVUE)</option>
          </select>
        </label>
      ) : null}
      {!result.ok ? (
        <div data-testid="generate-refused">
          <p>
            {result.reason === 'errors'
              ? `The design has ${plural(result.errors.length, 'error')}; nothing is generated until they are fixed (see the Problems panel):`
              : `The design lacks ${plural(result.missing.length, 'fact')} the configuration needs; fill ${result.missing.length === 1 ? 'it' : 'them'} in and generate again:`}
          </p>
          <ul className="cw-generate-missing">
            {result.reason === 'errors'
              ? result.errors.map((f) => (
                  <li key={f.fingerprint}>
                    <code>{f.ruleId}</code> {f.message}
                  </li>
                ))
              : result.missing.map((f, i) => <li key={i}>{formatMissingFact(f)}</li>)}
          </ul>
        </div>
      ) : (
        <div className="cw-generate">
          <ul className="cw-generate-tabs" role="tablist" aria-label="Generated files">
            {files.map((f, i) => (
              <li key={f.path}>
                <button
                  type="button"
                  role="tab"
                  aria-selected={f === current}
                  className={f === current ? 'cw-selected' : undefined}
                  onClick={() => setTab(i)}
                >
                  {f.path}
                </button>
              </li>
            ))}
          </ul>
          {current ? <Preview file={current} /> : null}
        </div>
      )}
      <Buttons>
        <button type="button" onClick={close}>
          Close
        </button>
        <button
          type="button"
          className="cw-primary"
          disabled={!result.ok}
          data-testid="generate-save"
          onClick={() => {
            close();
            void generateConfigFolder(platform || undefined);
          }}
        >
          Save Folder…
        </button>
      </Buttons>
    </Dialog>
  );
}

function Preview({ file }: { file: GeneratedFile }) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard.writeText(file.text).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () =>
        useUi
          .getState()
          .notify('error', 'The clipboard refused the text; select it and copy by hand.'),
    );
  return (
    <div className="cw-generate-preview" role="tabpanel">
      <div className="cw-generate-bar">
        <span className="cw-muted">
          {file.path} · {file.text.split('\n').length - 1} lines
        </span>
        <button type="button" onClick={() => void copy()} data-testid="generate-copy">
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      {/* Markdown (runbook, port plans) wraps like prose; configuration keeps its lines. */}
      <pre
        className={
          file.kind === 'plan' || file.kind === 'runbook' ? 'cw-code cw-code-prose' : 'cw-code'
        }
        data-testid="generate-text"
      >
        {file.text.split('\n').map((line, i) => (
          <span key={i}>
            {colour(line, file.kind)}
            {'\n'}
          </span>
        ))}
      </pre>
    </div>
  );
}

const KEYWORDS =
  /^(\s*)(auto|iface|source|interface|vlan|mlag|hostname|spanning-tree|no|vrf|ip|end|nv|pvecm|pveceph|logging|nodelist|node|quorum|totem|\[global\]|#{1,3}|\|)(\b|\s|$)/;

/** Simple colouring: comments dim, the leading keyword of a line bold. Text stays text. */
function colour(line: string, kind: GeneratedFile['kind']): ReactNode {
  const comment =
    kind === 'eos'
      ? line.startsWith('!')
      : kind === 'plan' || kind === 'runbook'
        ? line.startsWith('<!--')
        : line.trimStart().startsWith('#');
  if (comment) return <span className="cw-code-comment">{line}</span>;
  const m = KEYWORDS.exec(line);
  if (!m) return line;
  const head = m[1]! + m[2]!;
  return (
    <>
      <span className="cw-code-key">{head}</span>
      {line.slice(head.length)}
    </>
  );
}
