import { useMemo } from 'react';
import { summarize, validate } from '../../shared/rules';
import { DEFAULT_TEMPLATE, findTemplate } from '../../shared/templates';
import { DesignCanvas } from './canvas/DesignCanvas';

export function App() {
  // Until the bridge can open files, the first window shows the reference template read-only.
  const design = useMemo(() => findTemplate(DEFAULT_TEMPLATE)!.build(), []);
  const summary = useMemo(() => summarize(validate(design)), [design]);
  return (
    <div className="cw-app">
      <header className="cw-titlebar">
        <span className="cw-brand">ClusterWire</span>
        <span className="cw-design-name">{design.meta.name}</span>
        <span className="cw-badge">read-only</span>
      </header>
      <main className="cw-canvas">
        <DesignCanvas key={design.meta.name} design={design} />
      </main>
      <footer className="cw-statusbar">
        <span>
          {design.devices.length} devices · {design.cables.length} cables · {design.networks.length}{' '}
          networks
        </span>
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
      </footer>
    </div>
  );
}
