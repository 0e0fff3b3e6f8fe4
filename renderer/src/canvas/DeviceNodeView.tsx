import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { Port } from '../../../shared/model';
import { FORM_FACTOR_OF } from '../../../shared/model';
import type { DeviceNode } from './designToFlow';
import { ROLE_LABEL, portColor } from '../../../shared/export/visual';

const PORTS_PER_ROW = 12;

function PortCell({ port, side, cabled }: { port: Port; side: 'top' | 'bottom'; cabled: boolean }) {
  const speeds = port.speeds.length > 0 ? ` ${port.speeds.join('/')}G` : '';
  return (
    <div
      className={`cw-port cw-port-${port.role}${cabled ? ' cw-port-used' : ''}`}
      title={`${port.name}: ${FORM_FACTOR_OF[port.type]}${speeds} (${port.role})`}
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
          isConnectable={false}
          className="cw-handle"
        />
      </div>
      <span className="cw-port-name">{port.name}</span>
    </div>
  );
}

function DeviceNodeViewImpl({ data }: NodeProps<DeviceNode>) {
  const { device, portSide } = data;
  const rows: Port[][] = [];
  for (let i = 0; i < device.ports.length; i += PORTS_PER_ROW)
    rows.push(device.ports.slice(i, i + PORTS_PER_ROW));
  return (
    <div
      className={`cw-device cw-role-${device.role}`}
      data-testid="device-node"
      data-device={device.id}
    >
      <header className="cw-device-header">
        <span className="cw-device-hostname">{device.hostname}</span>
        <span className="cw-device-role">{ROLE_LABEL[device.role]}</span>
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
              />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

export const DeviceNodeView = memo(DeviceNodeViewImpl);
