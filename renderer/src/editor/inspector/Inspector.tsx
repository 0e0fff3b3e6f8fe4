import { useDocument } from '../../state/document';
import { useSelection } from '../../state/selection';
import { CableInspector } from './CableInspector';
import { DesignInspector } from './DesignInspector';
import { DeviceInspector } from './DeviceInspector';
import { MultiInspector } from './MultiInspector';

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
