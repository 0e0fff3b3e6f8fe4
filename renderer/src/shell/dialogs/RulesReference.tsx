import { useMemo, useState } from 'react';
import { RULES } from '../../../../shared/rules/registry';
import type { Modal } from '../../state/ui';
import { Buttons, Dialog } from './Dialog';

export function RulesReference({ modal }: { modal: Extract<Modal, { kind: 'rules' }> }) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return RULES.filter((r) => !q || `${r.id} ${r.title} ${r.why}`.toLowerCase().includes(q));
  }, [query]);
  return (
    <Dialog title="Rules reference" onCancel={() => modal.resolve()} wide testId="rules-reference">
      <input
        className="cw-search"
        placeholder={`Search ${RULES.length} rules`}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-label="Search rules"
      />
      <dl className="cw-rules">
        {shown.map((r) => (
          <div key={r.id}>
            <dt>
              <code>{r.id}</code>{' '}
              <span className={`cw-severity cw-severity-${r.severity}`}>{r.severity}</span>{' '}
              {r.title}
            </dt>
            <dd>
              {r.why} <em>Fix: {r.hint}</em> <span className="cw-muted">({r.source})</span>
            </dd>
          </div>
        ))}
      </dl>
      <Buttons>
        <button type="button" onClick={() => modal.resolve()}>
          Close
        </button>
      </Buttons>
    </Dialog>
  );
}
