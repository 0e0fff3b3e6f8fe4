import { useMemo, useState } from 'react';
import { create } from 'zustand';
import { findDevices } from '../../../shared/edit';
import { useDocument } from '../state/document';
import { useSelection } from '../state/selection';

/** Whether the find box is open (Edit › Find Device…, Ctrl+F). */
export const useFind = create<{ open: boolean; show(): void; hide(): void }>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));

/**
 * Find a placed device by hostname: matches in natural order as you type; Enter or a click
 * selects it and zooms to it, arrows move through the list, Escape closes.
 */
export function FindDevice() {
  const open = useFind((s) => s.open);
  return open ? <FindBox /> : null;
}

function FindBox() {
  const design = useDocument((s) => s.doc?.design);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => (design ? findDevices(design, query) : []), [design, query]);
  const close = () => useFind.getState().hide();
  const go = (id: string) => {
    useSelection.getState().select([id], [], true);
    close();
  };
  return (
    <div className="cw-find" role="search" data-testid="find-device">
      <input
        type="search"
        autoFocus
        placeholder="Find device by hostname"
        aria-label="Find device by hostname"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onBlur={(e) => {
          // Clicking a result moves focus into the list: stay open for that click.
          if (!e.currentTarget.parentElement?.contains(e.relatedTarget)) close();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close();
          else if (e.key === 'ArrowDown') setActive(Math.min(active + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive(Math.max(active - 1, 0));
          else if (e.key === 'Enter' && results[active]) go(results[active].id);
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      {query.trim() !== '' ? (
        results.length > 0 ? (
          <ul role="listbox" aria-label="Matching devices">
            {results.map((d, i) => (
              <li key={d.id} role="option" aria-selected={i === active}>
                <button
                  type="button"
                  className={i === active ? 'cw-find-active' : undefined}
                  onClick={() => go(d.id)}
                >
                  {d.hostname} <span className="cw-muted">{d.model.name}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="cw-muted">No device named like “{query.trim()}”.</p>
        )
      ) : null}
    </div>
  );
}
