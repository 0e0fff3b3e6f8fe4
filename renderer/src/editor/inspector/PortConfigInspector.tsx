import type { Device, PortConfig } from '../../../../shared/model';
import { FORM_FACTOR_OF, plural } from '../../../../shared/model';
import { BASE_T_MODULE_CAGES } from '../../../../shared/topology';
import { useEditById } from './useEditById';
import { VlanConfigFields } from './VlanConfigFields';
import { withSetting } from './vlanSettings';

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
  const editDevice = useEditById('devices', device.id);
  const ports = device.ports.filter((p) => portNames.includes(p.name));
  const first = ports[0];
  if (!first) return null;
  const change = (
    recipe: (config: PortConfig | undefined) => PortConfig | undefined,
    names: readonly string[] = portNames,
  ) =>
    editDevice((target) => {
      for (const port of target.ports) {
        if (!names.includes(port.name)) continue;
        const next = recipe(port.config);
        if (next) port.config = next;
        else delete port.config;
      }
    });
  // Only SFP-family cages take a BASE-T module; a QSFP cage has none that fits.
  const cages = ports.filter((p) => BASE_T_MODULE_CAGES.has(FORM_FACTOR_OF[p.type]));
  const many = ports.length > 1;
  return (
    <section className="cw-subsection" data-testid="port-inspector">
      <h4>
        {many
          ? `${plural(ports.length, 'port')}: ${ports.map((p) => p.name).join(', ')}`
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
