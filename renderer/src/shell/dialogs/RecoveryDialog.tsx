import { useState } from 'react';
import { bridge } from '../../state/bridge';
import type { RecoveryEntry } from '../../../../shared/ipc';
import type { Modal } from '../../state/ui';
import { Buttons, Dialog } from './Dialog';

/** Which is newer, the autosave or the file, in words. */
function newerText(entry: RecoveryEntry): string {
  if (entry.path === null) return 'Never saved: the autosave is all there is.';
  if (entry.fileModifiedAt === null) return 'The file is no longer on disk.';
  if (!entry.fileModifiedAt) return '';
  const when = new Date(entry.fileModifiedAt).toLocaleString();
  // The content decides: a touched or copied file has a new time but the same design.
  if (entry.newer === 'autosave' && entry.fileChanged === false)
    return 'Newer than the file: the file has not changed since this work began.';
  if (entry.newer === 'autosave' && entry.fileChanged)
    return `Newer than the file, which also changed since this work began (written ${when}): saving asks before replacing it.`;
  if (entry.newer === 'autosave') return `Newer than the file (saved ${when}).`;
  // Only when it could not be set aside: shown so the user decides, never dropped unseen.
  if (entry.newer === 'file')
    return `Older than the file (saved ${when}): restoring it and saving would replace newer work.`;
  return '';
}

export function RecoveryDialog({ modal }: { modal: Extract<Modal, { kind: 'recovery' }> }) {
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
              <span className="cw-muted" data-testid="recovery-newer">
                {newerText(entry)}
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
