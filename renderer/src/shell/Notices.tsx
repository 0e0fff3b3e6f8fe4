import { useEffect } from 'react';
import { bridge } from '../state/bridge';
import { useUi } from '../state/ui';

const INFO_MS = 5000;

/** Short confirmations (saved, exported) fade; errors stay until dismissed. */
export function Notices() {
  const notices = useUi((s) => s.notices);
  const canReveal = useUi((s) => s.info?.canReveal ?? false);
  const dismiss = useUi((s) => s.dismiss);
  const progress = useUi((s) => s.progress);
  useEffect(() => {
    const timers = notices
      .filter((n) => n.tone === 'info')
      .map((n) => setTimeout(() => dismiss(n.id), INFO_MS));
    return () => timers.forEach(clearTimeout);
  }, [notices, dismiss]);
  return (
    <div className="cw-notices" role="status" aria-live="polite">
      {progress ? (
        <div className="cw-notice cw-notice-info" data-testid="export-progress">
          <progress aria-label="Export progress" />
          <span>{progress.text}</span>
          <button type="button" onClick={progress.cancel}>
            Cancel
          </button>
        </div>
      ) : null}
      {notices.map((n) => (
        <div key={n.id} className={`cw-notice cw-notice-${n.tone}`}>
          <span>{n.text}</span>
          {n.action ? (
            <button
              type="button"
              onClick={() => void n.action!.run().then((done) => done && dismiss(n.id))}
            >
              {n.action.label}
            </button>
          ) : null}
          {n.path && canReveal ? (
            <button type="button" onClick={() => void bridge.revealInFolder({ path: n.path! })}>
              Show in folder
            </button>
          ) : null}
          <button type="button" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
