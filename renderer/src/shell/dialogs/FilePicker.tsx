import { useEffect, useState } from 'react';
import type { FileKind, FolderListing } from '../../../../shared/ipc';
import { bridge } from '../../state/bridge';
import { useUi } from '../../state/ui';
import type { Modal } from '../../state/ui';
import { Buttons, Dialog } from './Dialog';
import { EntryIcon } from './EntryIcon';

function joinPath(dir: string, name: string): string {
  const sep = useUi.getState().info?.pathSeparator ?? '/';
  return dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
}

/** The endings a file of each kind has; the first is added to a name typed without one. */
const ENDINGS: Record<FileKind, string[]> = {
  design: ['.clusterwire'],
  svg: ['.svg'],
  png: ['.png'],
  bom: ['.csv'],
  cables: ['.csv'],
  drawio: ['.drawio'],
  clab: ['.clab.yml', '.clab.yaml', '.yml', '.yaml'],
  // The NetBox export is a folder it makes: any name.
  netbox: [],
  devicetype: ['.yaml', '.yml'],
  // Generated configuration: a folder it makes, any name.
  config: [],
};

const TITLES: Partial<Record<FileKind, Partial<Record<'open' | 'save', string>>>> = {
  netbox: { save: 'Export to NetBox: folder' },
  devicetype: { open: 'Import device types (NetBox YAML)' },
};

/** Several names in the name field, as file dialogs show them: "a.yaml" "b.yaml". */
const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(' ');
function namesIn(text: string): string[] {
  const names = [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.trim()).filter(Boolean);
  return names.length > 0 ? names : text.trim() ? [text.trim()] : [];
}

/**
 * Serve mode's file dialog: folders and files inside the served folder only. As `pick-many` a
 * click adds a file to the choice or takes it out again.
 */
export function FilePicker({
  modal,
}: {
  modal: Extract<Modal, { kind: 'pick' }> | Extract<Modal, { kind: 'pick-many' }>;
}) {
  const many = modal.kind === 'pick-many';
  const mode = modal.kind === 'pick' ? modal.mode : 'open';
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState(modal.kind === 'pick' ? modal.suggestedName : '');
  const endings = ENDINGS[modal.fileKind];
  const extension = endings[0] ?? '';
  const fits = (file: string) =>
    endings.length === 0 || endings.some((e) => file.toLowerCase().endsWith(e));
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
  const enter = (dir: string) => {
    // A choice of several files is made in one folder.
    if (many) setName('');
    void browse(dir);
  };
  const files = listing?.entries.filter((e) => e.kind === 'folder' || fits(e.name)) ?? [];
  const chosen = many ? namesIn(name) : [];
  const pick = (file: string) => {
    if (!many) setName(file);
    else
      setName(quoted(chosen.includes(file) ? chosen.filter((n) => n !== file) : [...chosen, file]));
  };
  const finish = (files: string[]) => {
    if (!listing || files.length === 0) return;
    const paths = files.map((f) => joinPath(listing.dir, fits(f) ? f : `${f}${extension}`));
    if (modal.kind === 'pick-many') modal.resolve(paths);
    else modal.resolve(paths[0]!);
  };
  const submit = () => finish(many ? chosen : name.trim() ? [name.trim()] : []);
  return (
    <Dialog
      title={TITLES[modal.fileKind]?.[mode] ?? (mode === 'open' ? 'Open design' : 'Save as')}
      onCancel={() => modal.resolve(null)}
      wide
      testId="file-picker"
    >
      <div className="cw-picker-path">
        <button
          type="button"
          disabled={!listing?.parent}
          onClick={() => listing?.parent && enter(listing.parent)}
        >
          ↑ Up
        </button>
        <code>{listing?.dir ?? '…'}</code>
      </div>
      {error ? <p className="cw-error-message">{error}</p> : null}
      <ul
        className="cw-picker-list"
        role="listbox"
        aria-label="Files"
        aria-multiselectable={many || undefined}
      >
        {files.map((entry) => (
          <li key={entry.name}>
            <button
              type="button"
              role="option"
              aria-selected={many ? chosen.includes(entry.name) : entry.name === name}
              className={entry.kind === 'folder' ? 'cw-picker-folder' : undefined}
              onClick={() =>
                entry.kind === 'folder'
                  ? enter(joinPath(listing!.dir, entry.name))
                  : pick(entry.name)
              }
              onDoubleClick={() => {
                if (entry.kind === 'file') finish([entry.name]);
              }}
            >
              <EntryIcon kind={entry.kind} />
              <span>{entry.name}</span>
              {entry.kind === 'file' ? (
                <span className="cw-muted">{(entry.size / 1024).toFixed(1)} KiB</span>
              ) : null}
            </button>
          </li>
        ))}
        {listing && files.length === 0 ? (
          <li className="cw-muted">No {extension || 'files'} here.</li>
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
          {modal.fileKind === 'netbox' ? 'Folder name' : many ? 'File names' : 'File name'}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-label="File name"
            data-autofocus
            placeholder={many ? `"a${extension}" "b${extension}"` : `name${extension}`}
          />
        </label>
        <Buttons>
          <button type="button" onClick={() => modal.resolve(null)}>
            Cancel
          </button>
          <button type="submit" className="cw-primary" disabled={!name.trim() || !listing}>
            {mode === 'save'
              ? 'Save'
              : many && chosen.length > 1
                ? `Open ${chosen.length}`
                : 'Open'}
          </button>
        </Buttons>
      </form>
    </Dialog>
  );
}
