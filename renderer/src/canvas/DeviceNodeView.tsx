import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import type { Port } from '../../../shared/model';
import { FORM_FACTOR_OF } from '../../../shared/model';
import type { Severity } from '../../../shared/rules/finding';
import type { DeviceNode } from './designToFlow';
import { ROLE_LABEL, portColor } from '../../../shared/export/visual';

const PORTS_PER_ROW = 12;
/** Above this many ports, a device can fold away its unused ports. */
const COLLAPSIBLE_PORTS = 16;

function PortCell({
  port,
  side,
  cabled,
  mark,
}: {
  port: Port;
  side: 'top' | 'bottom';
  cabled: boolean;
  mark: Severity | undefined;
}) {
  const speeds = port.speeds.length > 0 ? ` ${port.speeds.join('/')}G` : '';
  return (
    <div
      className={`cw-port cw-port-${port.role}${cabled ? ' cw-port-used' : ''}${mark ? ` cw-mark-${mark}` : ''}`}
      title={`${port.name}: ${FORM_FACTOR_OF[port.type]}${speeds} (${port.role})${cabled ? '' : ' · drag to another port to cable it'}`}
      data-port={port.name}
    >
      <div
        className="cw-port-jack"
        style={{
          background: cabled ? portColor(port.type) : undefined,
          borderColor: portColor(port.type),
        }}
      >
        <Handle
          id={port.name}
          type="source"
          position={side === 'top' ? Position.Top : Position.Bottom}
          isConnectable={port.type !== 'console'}
          className="cw-handle"
        />
      </div>
      <span className="cw-port-name">{port.name}</span>
    </div>
  );
}

function DeviceNodeViewImpl({ data }: NodeProps<DeviceNode>) {
  const { device, portSide, severity, portMarks } = data;
  const collapsible = device.ports.length > COLLAPSIBLE_PORTS;
  const [collapsed, setCollapsed] = useState(false);
  // Folded, a switch shows only its cabled ports: cables still attach, and it stays small.
  const shown = collapsed ? device.ports.filter((p) => p.name in portSide) : device.ports;
  const rows: Port[][] = [];
  for (let i = 0; i < shown.length; i += PORTS_PER_ROW)
    rows.push(shown.slice(i, i + PORTS_PER_ROW));
  return (
    <div
      className={`cw-device cw-role-${device.role}${severity ? ` cw-device-${severity}` : ''}`}
      data-testid="device-node"
      data-device={device.id}
    >
      <header className="cw-device-header">
        <span className="cw-device-hostname">{device.hostname}</span>
        <span className="cw-device-role">{ROLE_LABEL[device.role]}</span>
        {collapsible ? (
          <button
            type="button"
            className="cw-collapse nodrag"
            aria-label={collapsed ? 'Show all ports' : 'Show only cabled ports'}
            title={collapsed ? 'Show all ports' : 'Show only cabled ports'}
            onClick={() => setCollapsed(!collapsed)}
          >
            {collapsed ? `+${device.ports.length - shown.length}` : '−'}
          </button>
        ) : null}
      </header>
      <div className="cw-device-model">
        {device.model.manufacturer} {device.model.name}
      </div>
      <div className="cw-ports">
        {rows.map((row, r) => (
          <div className="cw-port-row" key={r}>
            {row.map((port) => (
              <PortCell
                key={port.name}
                port={port}
                side={portSide[port.name] ?? 'bottom'}
                cabled={port.name in portSide}
                mark={portMarks[port.name]}
              />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

export const DeviceNodeView = memo(DeviceNodeViewImpl);
