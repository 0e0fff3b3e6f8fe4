import { stringify } from 'yaml';
import type { Device } from '../model';
import { slugify } from './names';

/**
 * A device type as NetBox's device-type library writes it (netbox-community/devicetype-library,
 * schema/devicetype.json): the fields ClusterWire knows. NetBox's "Import device type" takes this
 * YAML and creates every device's interfaces and console ports from its templates.
 */
export interface DeviceTypeYaml {
  manufacturer: string;
  model: string;
  slug: string;
  part_number?: string;
  u_height?: number;
  comments?: string;
  interfaces?: { name: string; type: string; mgmt_only?: boolean }[];
  'console-ports'?: { name: string; type: string }[];
}

/**
 * The library's type of a console port; the design knows only that it is a console jack, and
 * the RJ-45 console is what the switches of the catalog have.
 */
export const CONSOLE_PORT_TYPE = 'rj-45';
/** A BMC port is a management-only copper interface to NetBox. */
export const BMC_INTERFACE_TYPE = '1000base-t';

/** The device type of a device, from its port snapshot (what the device really has). */
export function deviceTypeOf(
  device: Device,
  model: string,
  heightU: number | undefined,
): DeviceTypeYaml {
  const interfaces: NonNullable<DeviceTypeYaml['interfaces']> = [];
  const consoles: NonNullable<DeviceTypeYaml['console-ports']> = [];
  for (const port of device.ports) {
    if (port.type === 'console') consoles.push({ name: port.name, type: CONSOLE_PORT_TYPE });
    else if (port.type === 'bmc')
      interfaces.push({ name: port.name, type: BMC_INTERFACE_TYPE, mgmt_only: true });
    else
      interfaces.push({
        name: port.name,
        type: port.type,
        // A switch's or firewall's management port is out-of-band; a server's "mgmt" NIC
        // carries the in-band management network and is an ordinary interface to NetBox.
        ...(port.role === 'mgmt' && device.role !== 'server' ? { mgmt_only: true } : {}),
      });
  }
  const type: DeviceTypeYaml = {
    manufacturer: device.model.manufacturer,
    model,
    slug: `${slugify(device.model.manufacturer)}-${slugify(model)}`,
  };
  if (device.model.partNumber) type.part_number = device.model.partNumber;
  if (heightU !== undefined) type.u_height = heightU;
  if (interfaces.length > 0) type.interfaces = interfaces;
  if (consoles.length > 0) type['console-ports'] = consoles;
  return type;
}

export function deviceTypeYaml(type: DeviceTypeYaml): string {
  return `---\n${stringify(type, { lineWidth: 0 })}`;
}
