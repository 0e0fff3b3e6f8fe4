import { useMemo, useState } from 'react';
import { z } from 'zod';
import { createLag } from '../../../../shared/edit';
import { ROLE_LABEL } from '../../../../shared/export/visual';
import {
  ControllerMode,
  RFC1035_LABEL,
  ServerHardware,
  parsePortKey,
  plural,
  portKey,
} from '../../../../shared/model';
import type { Cable, Design, Device, Lag } from '../../../../shared/model';
import { FORM_FACTOR_OF } from '../../../../shared/model/vocabulary';
import { useCatalog } from '../../state/catalog';
import { useDocument } from '../../state/document';
import { Field, Select, numberOrUndefined } from '../../state/Field';
import { useSelection } from '../../state/selection';
import { useUi } from '../../state/ui';
import { AttachmentsTable } from './AttachmentsTable';
import { DisksTable } from './DisksTable';
import { BridgeFields, PlatformField } from './GenerationFields';
import { LagInspector } from './LagInspector';
import { PortConfigInspector } from './PortConfigInspector';
import { useEditById } from './useEditById';

const hostnameWarning = (name: string) =>
  RFC1035_LABEL.test(name)
    ? null
    : 'not a valid RFC 1035 hostname (letters, digits, -; starts with a letter)';

/** One device: hostname, server hardware, its ports (pick them for a LAG), LAGs, networks. */
export function DeviceInspector({ device, design }: { device: Device; design: Design }) {
  const edit = useDocument((s) => s.edit);
  const picked = useSelection((s) => s.ports);
  const togglePort = useSelection((s) => s.togglePort);
  const catalog = useCatalog((s) => s.catalog);
  const notify = useUi((s) => s.notify);
  const [openLag, setOpenLag] = useState<string | null>(null);
  const change = useEditById('devices', device.id);
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
    const peer = `${design.devices.find((d) => d.id === other.device)?.hostname ?? other.device} ${other.port}`;
    // The label too: it is what is printed on the cable in the rack.
    return cable.label ? `${peer} (${cable.label})` : peer;
  };
  const lagOf = (port: string) => lagsHere.get(port);
  const pickedRefs = picked.map(parsePortKey);
  const makeLag = () => {
    let problem: string | null = null;
    edit((draft) => {
      const result = createLag(draft, pickedRefs);
      if ('problem' in result) problem = result.problem;
    });
    if (problem) notify('error', problem);
    else useSelection.getState().clearPorts();
  };
  const server = device.server;
  const lag = design.lags.find((l) => l.id === openLag);
  const pickedHere = pickedRefs.filter((ref) => ref.device === device.id);
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
            const key = portKey({ device: device.id, port: port.name });
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
          {pickedRefs
            .map((ref) => {
              const host = design.devices.find((d) => d.id === ref.device)?.hostname ?? '';
              return `${host} ${ref.port}`;
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
        Create LAG from {plural(picked.length, 'picked port')}
      </button>
      {pickedHere.length ? (
        <PortConfigInspector device={device} portNames={pickedHere.map((ref) => ref.port)} />
      ) : null}
      {lag ? <LagInspector lag={lag} design={design} /> : null}
      <AttachmentsTable device={device} design={design} />
      {device.role === 'server' ? <BridgeFields device={device} design={design} /> : null}
      {device.role === 'core-switch' ? <PlatformField device={device} /> : null}
      <p className="cw-muted">
        {catalog.models.find((m) => m.id === device.model.catalogId)
          ? ''
          : 'Model not in the current catalog; its ports are kept in the file.'}
      </p>
    </div>
  );
}
