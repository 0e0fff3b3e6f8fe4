import { useEffect, useState } from 'react';
import type { FolderListing } from '../../../../shared/ipc';
import { plural } from '../../../../shared/model';
import { bridge } from '../../state/bridge';
import { useUi } from '../../state/ui';
import type { Modal } from '../../state/ui';
import { Buttons, Dialog } from './Dialog';
import { EntryIcon } from './EntryIcon';

function joinPath(dir: string, name: string): string {
  const sep = useUi.getState().info?.pathSeparator ?? '/';
  return dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
}

/** Serve mode's picker for LLDP files: several .json files of one folder, ticked. */
export function LldpPicker({ modal }: { modal: Extract<Modal, { kind: 'pick-lldp' }> }) {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const browse = (dir?: string) =>
    bridge
      .browse(dir ? { dir } : {})
      .then((l) => {
        setListing(l);
        setPicked(new Set());
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  useEffect(() => {
    void browse();
  }, []);
  const entries =
    listing?.entries.filter((e) => e.kind === 'folder' || e.name.toLowerCase().endsWith('.json')) ??
    [];
  const files = entries.filter((e) => e.kind === 'file').map((e) => e.name);
  const toggle = (name: string) =>
    setPicked((current) => {
      const next = new Set(current);
      if (!next.delete(name)) next.add(name);
      return next;
    });
  return (
    <Dialog
      title="Check cabling: LLDP files"
      onCancel={() => modal.resolve(null)}
      wide
      testId="lldp-picker"
    >
      <p className="cw-muted">
        One file per device, named after it (pve-01.json): lldpd&apos;s{' '}
        <code>lldpcli -f json0 show neighbors details</code> or Arista&apos;s{' '}
        <code>show lldp neighbors | json</code>.
      </p>
      <div className="cw-picker-path">
        <button
          type="button"
          disabled={!listing?.parent}
          onClick={() => listing?.parent && void browse(listing.parent)}
        >
          ↑ Up
        </button>
        <code>{listing?.dir ?? '…'}</code>
        <button
          type="button"
          disabled={files.length === 0}
          onClick={() => setPicked(picked.size === files.length ? new Set() : new Set(files))}
        >
          {picked.size === files.length && files.length > 0 ? 'Select None' : 'Select All'}
        </button>
      </div>
      {error ? <p className="cw-error-message">{error}</p> : null}
      <ul className="cw-picker-list" role="listbox" aria-label="Files" aria-multiselectable>
        {entries.map((entry) => (
          <li key={entry.name}>
            <button
              type="button"
              role="option"
              aria-selected={picked.has(entry.name)}
              className={entry.kind === 'folder' ? 'cw-picker-folder' : undefined}
              onClick={() =>
                entry.kind === 'folder'
                  ? void browse(joinPath(listing!.dir, entry.name))
                  : toggle(entry.name)
              }
            >
              {entry.kind === 'folder' ? (
                <EntryIcon kind="folder" />
              ) : (
                <span>{picked.has(entry.name) ? '☑' : '☐'}</span>
              )}
              <span>{entry.name}</span>
            </button>
          </li>
        ))}
        {listing && files.length === 0 ? <li className="cw-muted">No .json files here.</li> : null}
      </ul>
      <Buttons>
        <button type="button" onClick={() => modal.resolve(null)}>
          Cancel
        </button>
        <button
          type="button"
          className="cw-primary"
          disabled={picked.size === 0 || !listing}
          onClick={() => modal.resolve([...picked].map((name) => joinPath(listing!.dir, name)))}
        >
          Check {picked.size ? plural(picked.size, 'file') : 'files'}
        </button>
      </Buttons>
    </Dialog>
  );
}
