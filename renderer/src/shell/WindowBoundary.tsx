import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { bridge } from '../state/bridge';
import { fileName, isDirty, useDocument } from '../state/document';
import type { OpenDocument } from '../state/document';
import { useUi } from '../state/ui';
import { PanelBoundary } from './PanelBoundary';
import { writeAutosave } from './autosave';

/** What became of the open design's unsaved work when the window failed. */
export interface KeptWork {
  /** In a sentence, for the card. */
  text: string;
  /** Serve mode, work not in recovery: the tab asks before it goes, as it did while the app worked. */
  warnOnLeave: boolean;
}

const keptWork = (text: string, warnOnLeave = false): KeptWork => ({ text, warnOnLeave });

export async function keepUnsavedWork(): Promise<KeptWork> {
  // Read once, not subscribed, and guarded: the stores may be part of what failed.
  let doc: OpenDocument | null;
  let offerOnReload: boolean;
  let transport: string | undefined;
  try {
    doc = useDocument.getState().doc;
    offerOnReload = useUi.getState().info?.offerRecovery ?? true;
    transport = useUi.getState().info?.transport;
  } catch (error) {
    return keptWork(
      `ClusterWire could not tell whether there was unsaved work (${message(error)}).`,
    );
  }
  if (!doc) return keptWork('No design was open, so nothing is lost.');
  const name = fileName(doc.path);
  if (!isDirty(doc)) return keptWork(`${name} had no unsaved changes: nothing is lost.`);
  // The autosave timer went with the failed window, so the changes since the last autosave are
  // written now, to the same recovery folder: after any autosave still on its way, which would
  // otherwise land on top of this newer work.
  const writeError = await writeAutosave(doc).then(
    () => null,
    (error: unknown) => message(error),
  );
  // Main's close prompt must not offer Save (nothing here can answer it) nor say the work is
  // lost when it is safe in recovery. Best effort: without main (serve mode) nobody listens.
  await bridge
    .setDocumentState({
      title: name,
      dirty: true,
      failed: { recoveryKey: doc.key, written: writeError === null },
    })
    .catch(() => undefined);
  if (writeError !== null) {
    return keptWork(
      `The unsaved changes to ${name} could not be written to the recovery folder ` +
        `(${writeError}). Autosave wrote them there a few seconds after each pause in ` +
        'editing, so only the last few seconds of changes may be lost by reloading.',
      transport === 'http',
    );
  }
  return keptWork(
    `The unsaved changes to ${name} are safe in the recovery folder (written just now). ` +
      (offerOnReload
        ? 'ClusterWire offers them back when it reloads.'
        : 'ClusterWire offers them back the next time it starts.'),
  );
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function WindowFailed({ error, kept }: { error: Error; kept: Promise<KeptWork> | null }) {
  const [work, setWork] = useState<KeptWork | null>(null);
  useEffect(() => {
    kept?.then(setWork, (error: unknown) =>
      setWork({
        text: `ClusterWire could not tell whether there was unsaved work (${message(error)}).`,
        warnOnLeave: false,
      }),
    );
  }, [kept]);
  const warnOnLeave = work?.warnOnLeave ?? false;
  useEffect(() => {
    if (!warnOnLeave) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [warnOnLeave]);
  return (
    <div className="cw-window-failed" role="alert" data-testid="window-failed">
      <h1>ClusterWire stopped working</h1>
      <p>Something in the window failed and it could not go on:</p>
      <pre>{error.message}</pre>
      <p data-testid="unsaved-work">{work?.text ?? 'Checking for unsaved work…'}</p>
      {/* Not before the unsaved work is written: the reloaded page would look for it too soon. */}
      <button
        type="button"
        className="cw-primary"
        disabled={kept !== null && work === null}
        onClick={() => location.reload()}
      >
        Reload ClusterWire
      </button>
    </div>
  );
}

/**
 * The window's last line of defence, around the whole app: when something outside every panel's
 * own boundary fails, the page says what failed, keeps the unsaved work in the recovery folder
 * and offers a reload, instead of going blank. It draws nothing from the stores or components
 * that may have failed; the unsaved work is looked up once, guarded.
 */
export function WindowBoundary({ children }: { children: ReactNode }) {
  const [kept, setKept] = useState<Promise<KeptWork> | null>(null);
  return (
    <PanelBoundary
      name="window"
      onError={() => setKept(keepUnsavedWork())}
      fallback={(error) => <WindowFailed error={error} kept={kept} />}
    >
      {children}
    </PanelBoundary>
  );
}
