import { useState } from 'react';
import { z } from 'zod';
import { idsOf, nextId } from '../../../shared/edit';
import { LagMode, VlanId } from '../../../shared/model';
import type {
  Design,
  Device,
  Lag,
  PortConfig,
  VlanConfig,
  Attachment,
} from '../../../shared/model';
import { useDocument } from '../state/document';
import { Field, Select, numberOrUndefined } from '../state/Field';
import { formatVlanList, parseVlanList, withSetting } from './vlanSettings';
import type { VlanSetting } from './vlanSettings';

const TaggedVlans = z
  .union([z.array(VlanId), z.literal('all')], {
    error: 'VLAN ids separated by commas (ranges like 100-110), or "all"',
  })
  .optional();

/** Mode, VLANs and MTU of a switch port or LAG: the same four fields in both places. */
export function VlanConfigFields({
  config,
  onSet,
  idPrefix,
}: {
  config: VlanConfig | PortConfig | undefined;
  onSet(setting: VlanSetting): void;
  idPrefix: string;
}) {
  const current = config ?? {};
  const set = <K extends keyof VlanConfig>(key: K, value: VlanConfig[K] | undefined) =>
    onSet({ key, value } as VlanSetting);
  return (
    <>
      <Select
        label="Mode"
        value={current.mode ?? ''}
        options={[
          { value: '', label: '(not set)' },
          { value: 'access', label: 'access' },
          { value: 'trunk', label: 'trunk' },
        ]}
        onChange={(v) => set('mode', v === '' ? undefined : v)}
        testId={`${idPrefix}-mode`}
      />
      <Field
        key={`${idPrefix}-untagged`}
        label={current.mode === 'trunk' ? 'Native VLAN' : 'VLAN'}
        value={current.untaggedVlan}
        schema={VlanId.optional()}
        parse={numberOrUndefined}
        onCommit={(v) => set('untaggedVlan', v)}
        testId={`${idPrefix}-untagged`}
      />
      {current.mode === 'trunk' ? (
        <Field
          key={`${idPrefix}-tagged`}
          label="Tagged VLANs"
          value={current.taggedVlans}
          schema={TaggedVlans}
          parse={parseVlanList}
          format={formatVlanList}
          onCommit={(v) => set('taggedVlans', v)}
          placeholder="10, 50-51, 100 or all"
          testId={`${idPrefix}-tagged`}
        />
      ) : null}
      <Field
        key={`${idPrefix}-mtu`}
        label="MTU"
        value={current.mtu}
        schema={z.int('a whole number of bytes').positive().optional()}
        parse={numberOrUndefined}
        onCommit={(v) => set('mtu', v)}
        testId={`${idPrefix}-mtu`}
      />
    </>
  );
}

export function LagInspector({ lag, design }: { lag: Lag; design: Design }) {
  const edit = useDocument((s) => s.edit);
  const change = (recipe: (l: Lag) => void) =>
    edit((draft) => {
      const target = draft.lags.find((l) => l.id === lag.id);
      if (target) recipe(target);
    });
  const members = lag.members
    .map((m) => `${design.devices.find((d) => d.id === m.device)?.hostname ?? m.device} ${m.port}`)
    .join(', ');
  const remove = () =>
    edit((d) => {
      d.lags = d.lags.filter((l) => l.id !== lag.id);
      for (const device of d.devices)
        device.attachments = device.attachments.filter((a) => a.lag !== lag.id);
      for (const pair of d.mlagPairs) if (pair.peerLinkLag === lag.id) delete pair.peerLinkLag;
    });
  const pair = lag.mlagPair ? design.mlagPairs.find((p) => p.id === lag.mlagPair) : undefined;
  return (
    <section className="cw-subsection" data-testid="lag-inspector">
      <h4>
        LAG {lag.name} {pair ? '(MLAG)' : ''}
      </h4>
      <p className="cw-muted">Members: {members}</p>
      <Field
        key={`${lag.id}-name`}
        label="Name"
        value={lag.name}
        schema={z.string().min(1, 'a LAG needs a name')}
        onCommit={(v) => change((l) => void (l.name = v))}
        testId="lag-name"
      />
      <Select
        label="Mode"
        value={lag.mode}
        options={LagMode.options.map((m) => ({ value: m, label: m }))}
        onChange={(v) => change((l) => void (l.mode = v))}
      />
      <Select
        label="LACP rate"
        value={lag.lacpRate ?? ''}
        options={[
          { value: '', label: '(default: slow)' },
          { value: 'fast', label: 'fast' },
          { value: 'slow', label: 'slow' },
        ]}
        onChange={(v) => change((l) => (v === '' ? void delete l.lacpRate : void (l.lacpRate = v)))}
      />
      <VlanConfigFields
        idPrefix={`lag-${lag.id}`}
        config={lag.config}
        onSet={(setting) =>
          change((l) => {
            const next = withSetting(l.config, setting);
            if (next) l.config = next;
            else delete l.config;
          })
        }
      />
      {pair ? (
        <label className="cw-check">
          <input
            type="checkbox"
            checked={pair.peerLinkLag === lag.id}
            onChange={(e) =>
              edit((d) => {
                const p = d.mlagPairs.find((x) => x.id === pair.id);
                if (!p) return;
                if (e.target.checked) p.peerLinkLag = lag.id;
                else delete p.peerLinkLag;
              })
            }
            data-testid="peer-link"
          />
          This LAG is the MLAG peer link
        </label>
      ) : null}
      <button type="button" onClick={remove}>
        Delete LAG
      </button>
    </section>
  );
}

/**
 * VLANs, MTU and module of the picked ports of one device. With several picked (the access ports
 * of a management switch, say), a change applies that one setting to all of them, as one edit;
 * the fields show the first port's values.
 */
export function PortConfigInspector({
  device,
  portNames,
}: {
  device: Device;
  portNames: string[];
}) {
  const edit = useDocument((s) => s.edit);
  const ports = device.ports.filter((p) => portNames.includes(p.name));
  const first = ports[0];
  if (!first) return null;
  const change = (
    recipe: (config: PortConfig | undefined) => PortConfig | undefined,
    names: readonly string[] = portNames,
  ) =>
    edit((d) => {
      const target = d.devices.find((x) => x.id === device.id);
      for (const port of target?.ports ?? []) {
        if (!names.includes(port.name)) continue;
        const next = recipe(port.config);
        if (next) port.config = next;
        else delete port.config;
      }
    });
  const sfp = (type: string) => !['1000base-t', '10gbase-t', 'console', 'bmc'].includes(type);
  const cages = ports.filter((p) => sfp(p.type));
  const many = ports.length > 1;
  return (
    <section className="cw-subsection" data-testid="port-inspector">
      <h4>
        {many
          ? `${ports.length} ports: ${ports.map((p) => p.name).join(', ')}`
          : `Port ${first.name}`}
      </h4>
      {many ? <p className="cw-muted">A change applies to every picked port.</p> : null}
      <VlanConfigFields
        // Keyed by the picked set: a new pick shows that port's values, not stale typing.
        key={portNames.join(',')}
        idPrefix={`port-${device.id}-${first.name}`}
        config={first.config}
        onSet={(setting) => change((config) => withSetting(config, setting))}
      />
      {cages.length ? (
        <label className="cw-check">
          <input
            type="checkbox"
            checked={cages.every((p) => p.config?.module === 'base-t')}
            onChange={(e) =>
              change(
                (config) => {
                  const next: PortConfig = { ...config };
                  if (e.target.checked) next.module = 'base-t';
                  else delete next.module;
                  return Object.keys(next).length ? next : undefined;
                },
                cages.map((p) => p.name),
              )
            }
          />
          BASE-T (RJ45) module in {many ? 'these cages' : 'this cage'}
        </label>
      ) : null}
    </section>
  );
}

/** Which networks ride on which port or bond of this device, with the host's addresses. */
export function AttachmentsTable({ device, design }: { device: Device; design: Design }) {
  const edit = useDocument((s) => s.edit);
  const lags = design.lags.filter((l) => l.members.some((m) => m.device === device.id));
  const change = (index: number, recipe: (a: Attachment) => void) =>
    edit((d) => {
      const target = d.devices.find((x) => x.id === device.id)?.attachments[index];
      if (target) recipe(target);
    });
  const add = () =>
    edit((d) => {
      const target = d.devices.find((x) => x.id === device.id);
      const network = d.networks[0];
      if (!target || !network) return;
      const via = lags[0] ? { lag: lags[0].id } : { port: target.ports[0]!.name };
      target.attachments.push({ network: network.id, ...via, tagged: false });
    });
  const via = [
    ...lags.map((l) => ({ value: `lag:${l.id}`, label: `bond ${l.name}` })),
    ...device.ports.map((p) => ({ value: `port:${p.name}`, label: `port ${p.name}` })),
  ];
  return (
    <section className="cw-subsection" data-testid="attachments">
      <h4>Networks on this device</h4>
      {design.networks.length === 0 ? (
        <p className="cw-muted">Add networks in the design (click the empty canvas).</p>
      ) : null}
      {device.attachments.map((a, i) => (
        <div className="cw-attachment" key={`${i}-${a.network}`} data-testid="attachment">
          <Select
            label="Network"
            value={a.network}
            options={design.networks.map((n) => ({
              value: n.id,
              label: `${n.name}${n.vlan !== undefined ? ` (VLAN ${n.vlan})` : ''}`,
            }))}
            onChange={(v) => change(i, (x) => void (x.network = v))}
          />
          <Select
            label="Via"
            value={a.lag !== undefined ? `lag:${a.lag}` : `port:${a.port}`}
            options={via}
            onChange={(v) =>
              change(i, (x) => {
                const [kind, ref] = [v.slice(0, v.indexOf(':')), v.slice(v.indexOf(':') + 1)];
                delete x.lag;
                delete x.port;
                if (kind === 'lag') x.lag = ref;
                else x.port = ref;
              })
            }
          />
          <label className="cw-check">
            <input
              type="checkbox"
              checked={a.tagged}
              onChange={(e) => change(i, (x) => void (x.tagged = e.target.checked))}
            />
            tagged (VLAN)
          </label>
          <Field
            key={`${device.id}-${i}-address`}
            label="Address"
            value={a.address}
            schema={z.string().optional()}
            parse={(t) => (t.trim() === '' ? undefined : t.trim())}
            onCommit={(v) =>
              change(i, (x) => (v === undefined ? void delete x.address : void (x.address = v)))
            }
            placeholder="10.10.10.11"
          />
          <Field
            key={`${device.id}-${i}-corosync`}
            label="Corosync link"
            value={a.corosync?.link}
            schema={z.int().min(0).max(7).optional()}
            parse={numberOrUndefined}
            onCommit={(v) =>
              change(i, (x) =>
                v === undefined
                  ? void delete x.corosync
                  : void (x.corosync = { link: v, priority: x.corosync?.priority ?? 0 }),
              )
            }
          />
          {a.corosync ? (
            <Field
              key={`${device.id}-${i}-priority`}
              label="Link priority"
              value={a.corosync.priority}
              schema={z.int().min(0).max(255)}
              parse={numberOrUndefined}
              onCommit={(v) =>
                change(i, (x) => void (x.corosync = { link: x.corosync!.link, priority: v }))
              }
            />
          ) : null}
          <button
            type="button"
            onClick={() =>
              edit((d) => {
                const target = d.devices.find((x) => x.id === device.id);
                target?.attachments.splice(i, 1);
              })
            }
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={add}
        disabled={design.networks.length === 0}
        data-testid="add-attachment"
      >
        Add network to this device
      </button>
    </section>
  );
}

/** Cluster membership and Ceph settings; a cluster is made from selected servers. */
export function ClusterEditor({ design }: { design: Design }) {
  const edit = useDocument((s) => s.edit);
  const servers = design.devices.filter((d) => d.role === 'server');
  const clustered = new Set(design.clusters.flatMap((c) => c.nodes));
  const unclustered = servers.filter((s) => !clustered.has(s.id));
  const [open, setOpen] = useState<string | null>(
    design.clusters.length === 1 ? design.clusters[0]!.id : null,
  );
  return (
    <>
      {design.clusters.map((c, ci) => {
        const change = (recipe: (x: Design['clusters'][number]) => void) =>
          edit((d) => {
            const target = d.clusters[ci];
            if (target) recipe(target);
          });
        const toggle = (list: 'nodes' | 'monitors' | 'managers', id: string, on: boolean) =>
          change((x) => {
            const arr = list === 'nodes' ? x.nodes : x.ceph[list];
            const next = on ? [...arr.filter((n) => n !== id), id] : arr.filter((n) => n !== id);
            if (list === 'nodes') x.nodes = next;
            else x.ceph[list] = next;
          });
        const pool = c.ceph.pools[0];
        return (
          <section key={c.id} className="cw-subsection" data-testid="cluster-editor">
            <button
              type="button"
              className="cw-disclosure"
              aria-expanded={open === c.id}
              onClick={() => setOpen(open === c.id ? null : c.id)}
            >
              {open === c.id ? '▾' : '▸'} {c.name} · {c.nodes.length} nodes · Ceph{' '}
              {c.ceph.enabled ? 'on' : 'off'}
            </button>
            {open === c.id ? (
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
                    {c.nodes.map((id) => {
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
                    })}
                  </tbody>
                </table>
                <Select
                  label="Add node"
                  value=""
                  options={[
                    {
                      value: '',
                      label: unclustered.length
                        ? 'choose a server…'
                        : 'every server is in a cluster',
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
                        const current = x.ceph.pools[0] ?? {
                          name: 'vm-disks',
                          size: 3,
                          minSize: 2,
                        };
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
      })}
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
