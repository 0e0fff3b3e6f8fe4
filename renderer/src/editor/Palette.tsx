import { memo, useMemo, useState } from 'react';
import type { CatalogModel } from '../../../shared/catalog';
import type { DeviceRole } from '../../../shared/model';
import { FORM_FACTOR_OF } from '../../../shared/model/vocabulary';
import { ROLE_COLOR, ROLE_LABEL } from '../../../shared/export/visual';
import { MODEL_MIME, useCatalog } from '../state/catalog';

const ROLES: DeviceRole[] = ['firewall', 'core-switch', 'mgmt-switch', 'server', 'other'];
const GROUP_LABEL: Record<DeviceRole, string> = {
  firewall: 'Firewalls',
  'core-switch': 'Core switches',
  'mgmt-switch': 'Management switches',
  server: 'Servers',
  other: 'Other',
};

/** "48× SFP28 · 8× QSFP28": the data ports a model brings (default NICs included). */
function summary(model: CatalogModel): string {
  const counts = new Map<string, number>();
  const defaultNics = model.nicOptions.filter((n) => model.defaultNics.includes(n.id));
  for (const entry of [...model.ports, ...defaultNics.flatMap((n) => n.ports)]) {
    if (entry.role !== 'service') continue;
    const n = 'range' in entry ? entry.range.to - entry.range.from + 1 : 1;
    const ff = FORM_FACTOR_OF[entry.type];
    counts.set(ff, (counts.get(ff) ?? 0) + n);
  }
  return [...counts].map(([ff, n]) => `${n}× ${ff}`).join(' · ');
}

/** The device catalog by role, searchable; drag a model onto the canvas (or press Enter on it). */
export const Palette = memo(function Palette({ onAdd }: { onAdd(modelId: string): void }) {
  const catalog = useCatalog((s) => s.catalog);
  const [query, setQuery] = useState('');
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    const match = (m: CatalogModel) =>
      !q || `${m.manufacturer} ${m.model} ${m.id} ${ROLE_LABEL[m.role]}`.toLowerCase().includes(q);
    return ROLES.map((role) => ({
      role,
      models: catalog.models.filter((m) => m.role === role && match(m)),
    })).filter((g) => g.models.length > 0);
  }, [catalog, query]);
  return (
    <aside className="cw-palette" aria-label="Device palette" data-testid="palette">
      <input
        className="cw-search"
        type="search"
        placeholder="Search devices"
        aria-label="Search devices"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {groups.map((group) => (
        <section key={group.role}>
          <h3 style={{ borderColor: ROLE_COLOR[group.role] }}>{GROUP_LABEL[group.role]}</h3>
          <ul>
            {group.models.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  draggable
                  className="cw-palette-item"
                  data-model={m.id}
                  title={`Drag onto the canvas (or press Enter) to add a ${m.manufacturer} ${m.model}`}
                  onDragStart={(event) => {
                    event.dataTransfer.setData(MODEL_MIME, m.id);
                    event.dataTransfer.effectAllowed = 'copy';
                  }}
                  onClick={(event) => {
                    // Keyboard users add with Enter; a mouse click alone does nothing (drag instead).
                    if (event.detail === 0) onAdd(m.id);
                  }}
                >
                  <strong>
                    {m.manufacturer} {m.model}
                  </strong>
                  <span>{summary(m)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {groups.length === 0 ? <p className="cw-muted">No device matches “{query}”.</p> : null}
    </aside>
  );
});
