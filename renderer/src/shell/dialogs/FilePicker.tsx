import { useEffect, useState } from 'react';
import type { FolderListing } from '../../../../shared/ipc';
import { bridge } from '../../state/bridge';
import { useUi } from '../../state/ui';
import type { Modal } from '../../state/ui';
import { Buttons, Dialog } from './Dialog';

function joinPath(dir: string, name: string): string {
  const sep = useUi.getState().info?.pathSeparator ?? '/';
  return dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
}

/** Serve mode's file dialog: folders and files inside the served folder only. */
export function FilePicker({ modal }: { modal: Extract<Modal, { kind: 'pick' }> }) {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState(modal.suggestedName);
  const extension =
    modal.fileKind === 'config'
      ? ''
      : modal.fileKind === 'design'
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
    const file =
      extension === '' || name.toLowerCase().endsWith(extension)
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
