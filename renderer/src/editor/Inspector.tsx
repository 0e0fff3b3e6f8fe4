import { useReactFlow } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import {
  align,
  createLag,
  createMlagPair,
  distribute,
  idsOf,
  mediaOptions,
  nextId,
} from '../../../shared/edit';
import type { Box } from '../../../shared/edit';
import { FORM_FACTOR_OF } from '../../../shared/model/vocabulary';
import {
  ControllerMode,
  Disk as DiskSchema,
  DiskMedia,
  DiskRole,
  NetworkRole,
} from '../../../shared/model';
import type { Cable, Design, Device, Disk, Lag, Network } from '../../../shared/model';
import {
  RFC1035_LABEL,
  Cable as CableSchema,
  DesignMeta,
  Network as NetworkSchema,
  ServerHardware,
} from '../../../shared/model';
import { MEDIA_STYLE, ROLE_LABEL } from '../../../shared/export/visual';
import { useDocument } from '../state/document';
import { useUi } from '../state/ui';
import { Field, Select, numberOrUndefined } from '../state/Field';
import {
  AttachmentsTable,
  ClusterEditor,
  LagInspector,
  PortConfigInspector,
} from './LinkInspectors';
import { useCatalog } from '../state/catalog';
import { useSelection } from '../state/selection';

const hostnameWarning = (name: string) =>
  RFC1035_LABEL.test(name)
    ? null
    : 'not a valid RFC 1035 hostname (letters, digits, -; starts with a letter)';

function DeviceInspector({ device, design }: { device: Device; design: Design }) {
  const edit = useDocument((s) => s.edit);
  const picked = useSelection((s) => s.ports);
  const togglePort = useSelection((s) => s.togglePort);
  const catalog = useCatalog((s) => s.catalog);
  const notify = useUi((s) => s.notify);
  const [openLag, setOpenLag] = useState<string | null>(null);
  const change = (recipe: (d: Device) => void) =>
    edit((draft) => {
      const target = draft.devices.find((d) => d.id === device.id);
      if (target) recipe(target);
    });
  // One pass over cables and LAGs per render, not one per port: a switch has dozens of ports
  // and a large design thousands of cables.
  const cablesHere = useMemo(() => {
    const byPort = new Map<string, Cable>();
    for (const c of design.cables) {
      if (c.a.device === device.id && !byPort.has(c.a.port)) byPort.set(c.a.port, c);
      if (c.b.device === device.id && !byPort.has(c.b.port)) byPort.set(c.b.port, c);
    }
    return byPort;
  }, [design.cables, device.id]);
  const lagsHere = useMemo(() => {
    const byPort = new Map<string, Lag>();
    for (const l of design.lags)
      for (const m of l.members)
        if (m.device === device.id && !byPort.has(m.port)) byPort.set(m.port, l);
    return byPort;
  }, [design.lags, device.id]);
  const cableOn = (port: string) => cablesHere.get(port);
  const peerName = (cable: Cable, port: string) => {
    const other = cable.a.device === device.id && cable.a.port === port ? cable.b : cable.a;
    return `${design.devices.find((d) => d.id === other.device)?.hostname ?? other.device} ${other.port}`;
  };
  const lagOf = (port: string) => lagsHere.get(port);
  const makeLag = () => {
    let problem: string | null = null;
    edit((draft) => {
      const result = createLag(
        draft,
        picked.map((key) => ({
          device: key.split('#')[0]!,
          port: key.slice(key.indexOf('#') + 1),
        })),
      );
      if ('problem' in result) problem = result.problem;
    });
    if (problem) notify('error', problem);
    else useSelection.getState().clearPorts();
  };
  const server = device.server;
  const lag = design.lags.find((l) => l.id === openLag);
  const pickedHere = picked.filter((k) => k.startsWith(`${device.id}#`));
  return (
    <div className="cw-inspector-body" data-testid="device-inspector">
      <h3>
        {ROLE_LABEL[device.role]} · {device.model.manufacturer} {device.model.name}
      </h3>
      <Field
        key={`${device.id}-hostname`}
        label="Hostname"
        value={device.hostname}
        schema={z.string().min(1, 'a device needs a hostname')}
        warn={hostnameWarning}
        onCommit={(hostname) => change((d) => void (d.hostname = hostname))}
        testId="hostname"
      />
      {server ? (
        <>
          <Field
            key={`${device.id}-threads`}
            label="CPU threads"
            value={server.cpuThreads}
            schema={ServerHardware.shape.cpuThreads}
            parse={numberOrUndefined}
            onCommit={(v) => change((d) => void (d.server!.cpuThreads = v))}
          />
          <Field
            key={`${device.id}-ram`}
            label="RAM (GiB)"
            value={server.ramGiB}
            schema={ServerHardware.shape.ramGiB}
            parse={numberOrUndefined}
            onCommit={(v) => change((d) => void (d.server!.ramGiB = v))}
          />
          <Select
            label="Disk controller"
            value={server.controller}
            options={ControllerMode.options.map((m) => ({ value: m, label: m }))}
            onChange={(v) => change((d) => void (d.server!.controller = v))}
          />
          <DisksTable device={device} />
        </>
      ) : null}
      <h4>Ports</h4>
      <table className="cw-port-table">
        <thead>
          <tr>
            <th aria-label="Pick for a LAG" />
            <th>Port</th>
            <th>Type</th>
            <th>Cabled to</th>
            <th>LAG</th>
          </tr>
        </thead>
        <tbody>
          {device.ports.map((port) => {
            const key = `${device.id}#${port.name}`;
            const cable = cableOn(port.name);
            return (
              <tr key={port.name} className={cable ? 'cw-port-row-used' : undefined}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Pick ${port.name}`}
                    checked={picked.includes(key)}
                    onChange={() => togglePort(key)}
                  />
                </td>
                <td>{port.name}</td>
                <td>
                  {FORM_FACTOR_OF[port.type]}
                  {port.speeds.length ? ` ${port.speeds.join('/')}G` : ''}
                  {port.role !== 'service' ? ` (${port.role})` : ''}
                </td>
                <td>
                  {cable ? (
                    <button
                      type="button"
                      className="cw-link"
                      title="Select this cable"
                      data-testid={`cable-of-${port.name}`}
                      onClick={() => useSelection.getState().select([], [cable.id], true)}
                    >
                      {peerName(cable, port.name)}
                    </button>
                  ) : null}
                </td>
                <td>
                  {lagOf(port.name) ? (
                    <button
                      type="button"
                      className="cw-link"
                      title="Open this LAG"
                      data-testid={`lag-of-${port.name}`}
                      onClick={() => setOpenLag(lagOf(port.name)!.id)}
                    >
                      {lagOf(port.name)!.name}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {picked.length ? (
        <p className="cw-muted" data-testid="picked-ports">
          Picked:{' '}
          {picked
            .map((key) => {
              const host = design.devices.find((d) => d.id === key.split('#')[0])?.hostname ?? '';
              return `${host} ${key.slice(key.indexOf('#') + 1)}`;
            })
            .join(', ')}{' '}
          <button
            type="button"
            className="cw-link"
            onClick={() => useSelection.getState().clearPorts()}
          >
            Clear
          </button>
        </p>
      ) : null}
      <button
        type="button"
        disabled={picked.length === 0}
        onClick={makeLag}
        data-testid="create-lag"
      >
        Create LAG from {picked.length} picked port{picked.length === 1 ? '' : 's'}
      </button>
      {pickedHere.length ? (
        <PortConfigInspector
          device={device}
          portNames={pickedHere.map((key) => key.slice(device.id.length + 1))}
        />
      ) : null}
      {lag ? <LagInspector lag={lag} design={design} /> : null}
      <AttachmentsTable device={device} design={design} />
      <p className="cw-muted">
        {catalog.models.find((m) => m.id === device.model.catalogId)
          ? ''
          : 'Model not in the current catalog; its ports are kept in the file.'}
      </p>
    </div>
  );
}

function DisksTable({ device }: { device: Device }) {
  const edit = useDocument((s) => s.edit);
  const disks = device.server?.disks ?? [];
  const change = (index: number, recipe: (d: Disk) => void) =>
    edit((draft) => {
      const disk = draft.devices.find((d) => d.id === device.id)?.server?.disks[index];
      if (disk) recipe(disk);
    });
  return (
    <section className="cw-subsection" data-testid="disks">
      <h4>Disks</h4>
      {disks.map((disk, i) => (
        <div className="cw-attachment" key={`${device.id}-disk-${i}`}>
          <Select
            label="Role"
            value={disk.role}
            options={DiskRole.options.map((r) => ({
              value: r,
              label: r === 'osd' ? 'Ceph OSD' : r === 'db' ? 'Ceph DB/WAL' : 'OS',
            }))}
            onChange={(v) => change(i, (d) => void (d.role = v))}
          />
          <Select
            label="Media"
            value={disk.media}
            options={DiskMedia.options.map((m) => ({ value: m, label: m }))}
            onChange={(v) => change(i, (d) => void (d.media = v))}
          />
          <Field
            label="Capacity (GB)"
            value={disk.capacityGB}
            schema={DiskSchema.shape.capacityGB}
            parse={numberOrUndefined}
            onCommit={(v) => change(i, (d) => void (d.capacityGB = v))}
          />
          <Field
            label="Write (MB/s)"
            value={disk.writeMBps}
            schema={DiskSchema.shape.writeMBps}
            parse={numberOrUndefined}
            onCommit={(v) => change(i, (d) => void (d.writeMBps = v))}
          />
          <label className="cw-check">
            <input
              type="checkbox"
              checked={disk.plp}
              onChange={(e) => change(i, (d) => void (d.plp = e.target.checked))}
            />
            power-loss protection
          </label>
          <button
            type="button"
            onClick={() =>
              edit((draft) => {
                draft.devices.find((d) => d.id === device.id)?.server?.disks.splice(i, 1);
              })
            }
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        data-testid="add-disk"
        onClick={() =>
          edit((draft) => {
            draft.devices
              .find((d) => d.id === device.id)
              ?.server?.disks.push({
                role: 'osd',
                media: 'nvme',
                capacityGB: 3840,
                plp: true,
                writeMBps: 2000,
              });
          })
        }
      >
        Add disk
      </button>
    </section>
  );
}

function CableInspector({ cable, design }: { cable: Cable; design: Design }) {
  const edit = useDocument((s) => s.edit);
  const catalog = useCatalog((s) => s.catalog);
  const end = (ref: Cable['a']) => {
    const device = design.devices.find((d) => d.id === ref.device);
    return { device, port: device?.ports.find((p) => p.name === ref.port) };
  };
  const a = end(cable.a);
  const b = end(cable.b);
  const options = a.port && b.port ? mediaOptions(catalog, a.port, b.port).map((m) => m.media) : [];
  if (!options.includes(cable.media)) options.unshift(cable.media);
  const change = (recipe: (c: Cable) => void) =>
    edit((draft) => {
      const target = draft.cables.find((c) => c.id === cable.id);
      if (target) recipe(target);
    });
  return (
    <div className="cw-inspector-body" data-testid="cable-inspector">
      <h3>
        Cable {a.device?.hostname} {cable.a.port} ↔ {b.device?.hostname} {cable.b.port}
      </h3>
      <Select
        label="Media"
        value={cable.media}
        options={options.map((m) => ({ value: m, label: MEDIA_STYLE[m].label }))}
        onChange={(media) => change((c) => void (c.media = media))}
        testId="cable-media"
      />
      <Field
        key={`${cable.id}-length`}
        label="Length (m)"
        value={cable.lengthM}
        schema={CableSchema.shape.lengthM}
        parse={numberOrUndefined}
        onCommit={(v) => change((c) => void (c.lengthM = v))}
        testId="cable-length"
      />
      <Field
        key={`${cable.id}-label`}
        label="Label"
        value={cable.label}
        schema={CableSchema.shape.label}
        parse={(t) => (t.trim() === '' ? undefined : t)}
        onCommit={(v) =>
          change((c) => (v === undefined ? void delete c.label : void (c.label = v)))
        }
      />
      <Field
        key={`${cable.id}-color`}
        label="Colour"
        value={cable.color}
        schema={CableSchema.shape.color}
        parse={(t) => (t.trim() === '' ? undefined : t)}
        onCommit={(v) =>
          change((c) => (v === undefined ? void delete c.color : void (c.color = v)))
        }
      />
    </div>
  );
}

const NETWORK_ROLE_OPTIONS = NetworkRole.options.map((r) => ({ value: r, label: r }));

function NetworkRow({ network }: { network: Network }) {
  const edit = useDocument((s) => s.edit);
  const change = (recipe: (n: Network) => void) =>
    edit((draft) => {
      const target = draft.networks.find((n) => n.id === network.id);
      if (target) recipe(target);
    });
  const optional =
    <K extends 'vlan' | 'cidr' | 'latencyMs'>(key: K) =>
    (v: Network[K]) =>
      change((n) => (v === undefined ? void delete n[key] : void (n[key] = v)));
  return (
    <div className="cw-network" data-testid="network">
      <Field
        key={`${network.id}-name`}
        label="Name"
        value={network.name}
        schema={NetworkSchema.shape.name}
        onCommit={(v) => change((n) => void (n.name = v))}
      />
      <Select
        label="Role"
        value={network.role}
        options={NETWORK_ROLE_OPTIONS}
        onChange={(v) => change((n) => void (n.role = v))}
      />
      <Field
        key={`${network.id}-vlan`}
        label="VLAN"
        value={network.vlan}
        schema={NetworkSchema.shape.vlan}
        parse={numberOrUndefined}
        onCommit={optional('vlan')}
      />
      <Field
        key={`${network.id}-cidr`}
        label="CIDR"
        value={network.cidr}
        schema={NetworkSchema.shape.cidr}
        parse={(t) => (t.trim() === '' ? undefined : t.trim())}
        onCommit={optional('cidr')}
      />
      <Field
        key={`${network.id}-mtu`}
        label="MTU"
        value={network.mtu}
        schema={NetworkSchema.shape.mtu.removeDefault()}
        parse={numberOrUndefined}
        onCommit={(v) => change((n) => void (n.mtu = v))}
      />
      <Field
        key={`${network.id}-latency`}
        label="Latency (ms)"
        value={network.latencyMs}
        schema={NetworkSchema.shape.latencyMs}
        parse={numberOrUndefined}
        onCommit={optional('latencyMs')}
      />
    </div>
  );
}

const NETWORK_PAGE = 20;

function DesignInspector({ design }: { design: Design }) {
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

/** "These ... are a pair", or the button that makes them one. */
function PairAction(props: {
  done: boolean;
  what: string;
  label: string;
  onMake(): void;
  testId: string;
}) {
  return props.done ? (
    <p>These {props.what}.</p>
  ) : (
    <button type="button" onClick={props.onMake} data-testid={props.testId}>
      {props.label}
    </button>
  );
}

function MultiInspector({
  design,
  devices,
  cables,
}: {
  design: Design;
  devices: string[];
  cables: string[];
}) {
  const edit = useDocument((s) => s.edit);
  const notify = useUi((s) => s.notify);
  const selected = design.devices.filter((d) => devices.includes(d.id));
  const switches = selected.filter((d) => d.role === 'core-switch' || d.role === 'mgmt-switch');
  const pair = () => {
    let problem: string | null = null;
    edit((d) => {
      const result = createMlagPair(d, switches[0]!.id, switches[1]!.id);
      if ('problem' in result) problem = result.problem;
    });
    if (problem) notify('error', problem);
  };
  const firewalls = selected.filter((d) => d.role === 'firewall');
  const haPaired = design.haPairs.some(
    (p) => firewalls.length === 2 && firewalls.every((f) => p.firewalls.includes(f.id)),
  );
  const makeHa = () =>
    edit((d) => {
      if (d.haPairs.some((p) => p.firewalls.some((f) => firewalls.some((x) => x.id === f)))) return;
      d.haPairs.push({
        id: nextId(idsOf(d.haPairs), 'ha'),
        firewalls: [firewalls[0]!.id, firewalls[1]!.id],
      });
    });
  const flow = useReactFlow();
  const arrange = (compute: (boxes: Map<string, Box>) => Map<string, { x: number; y: number }>) => {
    const boxes = new Map<string, Box>();
    for (const node of flow.getNodes()) {
      if (!devices.includes(node.id)) continue;
      boxes.set(node.id, {
        x: node.position.x,
        y: node.position.y,
        width: node.measured?.width ?? 200,
        height: node.measured?.height ?? 100,
      });
    }
    const positions = compute(boxes);
    edit((d) => {
      for (const [id, p] of positions) d.layout.positions[id] = p;
    });
  };
  const paired = design.mlagPairs.find(
    (p) => switches.length === 2 && switches.every((s) => p.switches.includes(s.id)),
  );
  return (
    <div className="cw-inspector-body" data-testid="multi-inspector">
      <h3>
        {devices.length} devices, {cables.length} cables selected
      </h3>
      <p>{selected.map((d) => d.hostname).join(', ')}</p>
      {devices.length >= 2 ? (
        <div className="cw-arrange" data-testid="arrange">
          {(['left', 'center', 'right', 'top', 'middle', 'bottom'] as const).map((mode) => (
            <button key={mode} type="button" onClick={() => arrange((b) => align(b, mode))}>
              Align {mode}
            </button>
          ))}
          <button
            type="button"
            disabled={devices.length < 3}
            onClick={() => arrange((b) => distribute(b, 'horizontal'))}
          >
            Distribute across
          </button>
          <button
            type="button"
            disabled={devices.length < 3}
            onClick={() => arrange((b) => distribute(b, 'vertical'))}
          >
            Distribute down
          </button>
        </div>
      ) : null}
      {firewalls.length === 2 && selected.length === 2 ? (
        <PairAction
          done={haPaired}
          what="firewalls are an HA pair"
          label="Make HA pair"
          onMake={makeHa}
          testId="make-ha"
        />
      ) : null}
      {switches.length === 2 && selected.length === 2 ? (
        <PairAction
          done={paired !== undefined}
          what="switches are an MLAG pair"
          label="Make MLAG pair"
          onMake={pair}
          testId="make-mlag"
        />
      ) : null}
    </div>
  );
}

/** Properties of the selection; with nothing selected, of the design (meta, networks). */
export function Inspector() {
  const design = useDocument((s) => s.doc?.design);
  const devices = useSelection((s) => s.devices);
  const cables = useSelection((s) => s.cables);
  if (!design) return null;
  const device =
    devices.length === 1 && cables.length === 0
      ? design.devices.find((d) => d.id === devices[0])
      : undefined;
  const cable =
    cables.length === 1 && devices.length === 0
      ? design.cables.find((c) => c.id === cables[0])
      : undefined;
  return (
    <aside className="cw-inspector" aria-label="Inspector">
      {device ? (
        <DeviceInspector key={device.id} device={device} design={design} />
      ) : cable ? (
        <CableInspector key={cable.id} cable={cable} design={design} />
      ) : devices.length + cables.length > 1 ? (
        <MultiInspector design={design} devices={devices} cables={cables} />
      ) : (
        <DesignInspector design={design} />
      )}
    </aside>
  );
}
