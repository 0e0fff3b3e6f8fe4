import { useState } from 'react';
import { z } from 'zod';
import { idsOf, nextId } from '../../../../shared/edit';
import { plural, sortByName } from '../../../../shared/model';
import type { Cluster, Design, Device } from '../../../../shared/model';
import { useDocument } from '../../state/document';
import { Field, Select, numberOrUndefined } from '../../state/Field';
import { useEditById } from './useEditById';

/** One cluster, folded to a line until opened: name, domain, nodes, Ceph roles and pool. */
function ClusterSection({
  cluster: c,
  servers,
  unclustered,
  open,
  onToggle,
}: {
  cluster: Cluster;
  servers: Device[];
  unclustered: Device[];
  open: boolean;
  onToggle(): void;
}) {
  const change = useEditById('clusters', c.id);
  const toggle = (list: 'nodes' | 'monitors' | 'managers', id: string, on: boolean) =>
    change((x) => {
      const arr = list === 'nodes' ? x.nodes : x.ceph[list];
      const next = on ? [...arr.filter((n) => n !== id), id] : arr.filter((n) => n !== id);
      if (list === 'nodes') x.nodes = next;
      else x.ceph[list] = next;
    });
  const pool = c.ceph.pools[0];
  return (
    <section className="cw-subsection" data-testid="cluster-editor">
      <button type="button" className="cw-disclosure" aria-expanded={open} onClick={onToggle}>
        {open ? '▾' : '▸'} {c.name} · {plural(c.nodes.length, 'node')} · Ceph{' '}
        {c.ceph.enabled ? 'on' : 'off'}
      </button>
      {open ? (
        <>
          <Field
            label="Name"
            value={c.name}
            schema={z.string().min(1)}
            onCommit={(v) => change((x) => void (x.name = v))}
          />
          <Field
            label="Domain"
            value={c.domain}
            schema={z.string()}
            onCommit={(v) => change((x) => void (x.domain = v))}
          />
          <label className="cw-check">
            <input
              type="checkbox"
              checked={c.ceph.enabled}
              onChange={(e) => change((x) => void (x.ceph.enabled = e.target.checked))}
            />
            Ceph (hyper-converged storage)
          </label>
          <table className="cw-port-table">
            <thead>
              <tr>
                <th>Node</th>
                <th>MON</th>
                <th>MGR</th>
                <th aria-label="Remove" />
              </tr>
            </thead>
            <tbody>
              {sortByName(c.nodes, (id) => servers.find((x) => x.id === id)?.hostname ?? id).map(
                (id) => {
                  const s = servers.find((x) => x.id === id);
                  return (
                    <tr key={id}>
                      <td>{s?.hostname ?? id}</td>
                      {(['monitors', 'managers'] as const).map((list) => (
                        <td key={list}>
                          <input
                            type="checkbox"
                            aria-label={`${s?.hostname ?? id} ${list}`}
                            checked={c.ceph[list].includes(id)}
                            onChange={(e) => toggle(list, id, e.target.checked)}
                          />
                        </td>
                      ))}
                      <td>
                        <button
                          type="button"
                          className="cw-link"
                          onClick={() => toggle('nodes', id, false)}
                        >
                          Remove
                        </button>
                      </td>
                    </tr>
                  );
                },
              )}
            </tbody>
          </table>
          <Select
            label="Add node"
            value=""
            options={[
              {
                value: '',
                label: unclustered.length ? 'choose a server…' : 'every server is in a cluster',
              },
              ...unclustered.map((s) => ({ value: s.id, label: s.hostname })),
            ]}
            onChange={(id) => id && toggle('nodes', id, true)}
          />
          {(['size', 'minSize'] as const).map((key) => (
            <Field
              key={key}
              label={key === 'size' ? 'Pool size' : 'Pool min_size'}
              value={pool?.[key] ?? (key === 'size' ? 3 : 2)}
              schema={z.int().positive()}
              parse={numberOrUndefined}
              onCommit={(v) =>
                change((x) => {
                  const current = x.ceph.pools[0] ?? { name: 'vm-disks', size: 3, minSize: 2 };
                  x.ceph.pools = [{ ...current, [key]: v }];
                })
              }
            />
          ))}
          <Field
            label="Planned VMs"
            value={c.plannedVms}
            schema={z.int().nonnegative()}
            parse={numberOrUndefined}
            onCommit={(v) => change((x) => void (x.plannedVms = v))}
          />
          <Field
            label="IOPS per VM"
            value={c.iopsPerVm}
            schema={z.int().nonnegative()}
            parse={numberOrUndefined}
            onCommit={(v) => change((x) => void (x.iopsPerVm = v))}
          />
        </>
      ) : null}
    </section>
  );
}

/** Cluster membership and Ceph settings; a cluster is made from selected servers. */
export function ClusterEditor({ design }: { design: Design }) {
  const edit = useDocument((s) => s.edit);
  // Listed as people read hostnames: pve-2 before pve-10.
  const servers = sortByName(
    design.devices.filter((d) => d.role === 'server'),
    (d) => d.hostname,
  );
  const clustered = new Set(design.clusters.flatMap((c) => c.nodes));
  const unclustered = servers.filter((s) => !clustered.has(s.id));
  const [open, setOpen] = useState<string | null>(
    design.clusters.length === 1 ? design.clusters[0]!.id : null,
  );
  return (
    <>
      {design.clusters.map((c) => (
        <ClusterSection
          key={c.id}
          cluster={c}
          servers={servers}
          unclustered={unclustered}
          open={open === c.id}
          onToggle={() => setOpen(open === c.id ? null : c.id)}
        />
      ))}
      <button
        type="button"
        data-testid="add-cluster"
        onClick={() => {
          const id = nextId(idsOf(design.clusters), 'cluster');
          setOpen(id); // the new cluster opens, ready to name
          edit((d) => {
            const nodes = d.devices.filter((x) => x.role === 'server').map((x) => x.id);
            d.clusters.push({
              id,
              name: 'pve',
              domain: 'example.internal',
              nodes,
              qdevice: false,
              ceph: {
                enabled: true,
                monitors: nodes.slice(0, 3),
                managers: nodes.slice(0, 3),
                pools: [{ name: 'vm-disks', size: 3, minSize: 2 }],
              },
              plannedVms: 0,
              iopsPerVm: 1000,
            });
          });
        }}
      >
        Add cluster of all servers
      </button>
    </>
  );
}
