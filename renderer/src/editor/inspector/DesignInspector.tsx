import { useState } from 'react';
import { idsOf, nextId } from '../../../../shared/edit';
import { DesignMeta } from '../../../../shared/model';
import type { Design } from '../../../../shared/model';
import { useDocument } from '../../state/document';
import { Field } from '../../state/Field';
import { ClusterEditor } from './ClusterEditor';
import { NetworkRow } from './NetworkRow';

const NETWORK_PAGE = 20;

/** With nothing selected: the design's revision, its networks and its clusters. */
export function DesignInspector({ design }: { design: Design }) {
  const edit = useDocument((s) => s.edit);
  const [shownNetworks, setShownNetworks] = useState(NETWORK_PAGE);
  const meta = design.meta;
  const addNetwork = () =>
    edit((d) => {
      const id = nextId(idsOf(d.networks), 'net');
      d.networks.push({ id, name: id, role: 'vm', mtu: 1500 });
    });
  return (
    <div className="cw-inspector-body" data-testid="design-inspector">
      <h3>Design</h3>
      <Field
        label="Revision"
        value={meta.revision}
        schema={DesignMeta.shape.revision.removeDefault()}
        onCommit={(v) => edit((d) => void (d.meta.revision = v))}
      />
      <Field
        label="Revision date"
        value={meta.revisionDate}
        schema={DesignMeta.shape.revisionDate}
        parse={(t) => (t.trim() === '' ? undefined : t.trim())}
        placeholder="YYYY-MM-DD"
        onCommit={(v) =>
          edit((d) =>
            v === undefined ? void delete d.meta.revisionDate : void (d.meta.revisionDate = v),
          )
        }
      />
      <Field
        label="Author"
        value={meta.author}
        schema={DesignMeta.shape.author.removeDefault()}
        onCommit={(v) => edit((d) => void (d.meta.author = v))}
      />
      <h4>Networks</h4>
      {/* Thousands of networks (many clusters) would make the inspector the slowest thing on screen. */}
      <div className="cw-network-list" data-testid="networks-table">
        {design.networks.slice(0, shownNetworks).map((n) => (
          <NetworkRow key={n.id} network={n} />
        ))}
      </div>
      {design.networks.length > shownNetworks ? (
        <button
          type="button"
          className="cw-link"
          onClick={() => setShownNetworks(shownNetworks + NETWORK_PAGE)}
        >
          Show more networks ({design.networks.length - shownNetworks} more)
        </button>
      ) : null}
      <button type="button" onClick={addNetwork}>
        Add network
      </button>
      <h4>Clusters</h4>
      <ClusterEditor design={design} />
    </div>
  );
}
