import { useState } from 'react';
import { useDocument } from '../state/document';
import { useOverlay } from '../state/overlay';
import type { OverlayItem } from '../state/overlay';
import { useSelection } from '../state/selection';

const QUIET = new Set(['ok', 'unchecked']);

/** The list beside a compared canvas: each line selects (and zooms to) what it names. */
export function ComparePanel() {
  const overlay = useOverlay((s) => s.overlay);
  const active = useOverlay((s) => s.active);
  const rerun = useOverlay((s) => s.rerun);
  const design = useDocument((s) => s.doc?.design);
  const [showQuiet, setShowQuiet] = useState(false);
  if (!overlay) return null;
  const quiet = overlay.items.filter((i) => QUIET.has(i.tone)).length;
  const items = showQuiet ? overlay.items : overlay.items.filter((i) => !QUIET.has(i.tone));
  const pick = (item: OverlayItem) => {
    useOverlay.getState().setActive(item.key);
    const ghostCable = item.ghostCable
      ? overlay.ghostCables.find((g) => g.cable.id === item.ghostCable)
      : undefined;
    const ghostly = item.ghost !== undefined || ghostCable !== undefined;
    useSelection.getState().select(item.devices, item.cables, !ghostly);
    if (item.ghost) useOverlay.getState().focusGhost([item.ghost]);
    else if (ghostCable) useOverlay.getState().focusGhost(ghostCable.ends);
  };
  return (
    <aside className="cw-compare" aria-label="Comparison" data-testid="compare-panel">
      <header className="cw-compare-head">
        <div>
          <strong>{overlay.title}</strong>
          <div className="cw-muted" data-testid="compare-summary">
            {overlay.summary}
          </div>
        </div>
        <button
          type="button"
          className="cw-compare-close"
          title="Clear the comparison (File › Clear Comparison)"
          aria-label="Clear comparison"
          onClick={() => useOverlay.getState().clear()}
        >
          ×
        </button>
      </header>
      {rerun && design !== overlay.design ? (
        <div className="cw-compare-stale" role="status">
          The design changed since.{' '}
          <button type="button" onClick={rerun}>
            Compare again
          </button>
        </div>
      ) : null}
      {quiet > 0 ? (
        <label className="cw-compare-filter">
          <input
            type="checkbox"
            checked={showQuiet}
            onChange={(e) => setShowQuiet(e.target.checked)}
          />
          Show {quiet} ok and unchecked
        </label>
      ) : null}
      <ul className="cw-compare-list">
        {items.map((item) => (
          <li key={item.key}>
            <button
              type="button"
              className={`cw-compare-item cw-tone-${item.tone}${item.key === active ? ' cw-active' : ''}`}
              onClick={() => pick(item)}
              title={
                item.ghost || item.ghostCable
                  ? 'Zoom to where it was'
                  : item.devices.length + item.cables.length > 0
                    ? 'Select and zoom to it'
                    : undefined
              }
            >
              <span className={`cw-compare-status cw-tone-${item.tone}`}>{item.status}</span>
              <span className="cw-compare-text">{item.text}</span>
            </button>
          </li>
        ))}
        {items.length === 0 ? (
          <li className="cw-muted cw-compare-empty">
            {overlay.items.length === 0 ? 'No differences.' : 'Everything matches.'}
          </li>
        ) : null}
      </ul>
    </aside>
  );
}
