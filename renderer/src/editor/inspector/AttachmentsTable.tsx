import { z } from 'zod';
import type { Attachment, Design, Device } from '../../../../shared/model';
import { Field, Select, numberOrUndefined } from '../../state/Field';
import { useEditById } from './useEditById';

/** Which networks ride on which port or bond of this device, with the host's addresses. */
export function AttachmentsTable({ device, design }: { device: Device; design: Design }) {
  const editDevice = useEditById('devices', device.id);
  const lags = design.lags.filter((l) => l.members.some((m) => m.device === device.id));
  const change = (index: number, recipe: (a: Attachment) => void) =>
    editDevice((target) => {
      const attachment = target.attachments[index];
      if (attachment) recipe(attachment);
    });
  const add = () => {
    const network = design.networks[0];
    if (!network) return;
    const via = lags[0] ? { lag: lags[0].id } : { port: device.ports[0]!.name };
    editDevice(
      (target) => void target.attachments.push({ network: network.id, ...via, tagged: false }),
    );
  };
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
            onClick={() => editDevice((target) => void target.attachments.splice(i, 1))}
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
