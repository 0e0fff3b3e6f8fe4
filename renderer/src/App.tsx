import { useMemo } from 'react';
import { DEFAULT_TEMPLATE, findTemplate } from '../../shared/templates';
import { DesignCanvas } from './canvas/DesignCanvas';

export function App() {
  // Until the bridge can open files, the first window shows the reference template read-only.
  const design = useMemo(() => findTemplate(DEFAULT_TEMPLATE)!.build(), []);
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
        {design.devices.length} devices · {design.cables.length} cables · {design.networks.length}{' '}
        networks
      </footer>
    </div>
  );
}
