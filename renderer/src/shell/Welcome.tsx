import { useEffect, useState } from 'react';
import type { TemplateSummary } from '../../../shared/ipc';
import { bridge } from '../state/bridge';
import { newFromTemplate, openFile } from './files';
import { useUi } from '../state/ui';

/** What a window shows with no design open: start from a template, open a file, or a recent one. */
export function Welcome() {
  const recent = useUi((s) => s.recent);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  useEffect(() => {
    void bridge.listTemplates({}).then(setTemplates);
  }, []);
  return (
    <div className="cw-welcome" data-testid="welcome">
      <section>
        <h1>ClusterWire</h1>
        <p className="cw-muted">
          Design and validate the physical network of Proxmox VE HCI clusters.
        </p>
        <h2>New</h2>
        <button type="button" className="cw-primary" onClick={() => void newFromTemplate()}>
          New design…
        </button>
        <h2>Start from a template</h2>
        <ul className="cw-template-list">
          {templates.map((t) => (
            <li key={t.name}>
              <button type="button" onClick={() => void newFromTemplate(t.name)}>
                <strong>{t.title}</strong>
                <span>{t.description}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Open</h2>
        <button type="button" className="cw-primary" onClick={() => void openFile()}>
          Open a design…
        </button>
        <h2>Recent</h2>
        {recent.length === 0 ? <p className="cw-muted">No recent designs.</p> : null}
        <ul className="cw-recent-list">
          {recent.map((path) => (
            <li key={path}>
              <button type="button" onClick={() => void openFile(path)} title={path}>
                {path.split(/[\\/]/).pop()}
                <span className="cw-muted">{path}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
