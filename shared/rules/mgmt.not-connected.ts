import type { Device } from '../model';
import type { Topology } from '../topology';
import type { Rule } from './rule';
import { t } from './targets';

export const mgmtNotConnected: Rule = {
  id: 'mgmt.not-connected',
  severity: 'warning',
  title: 'Device without a management connection',
  why: 'A separate management connection keeps a device reachable when its service network is down or misconfigured.',
  hint: 'Cable a management port of this device to the management switch.',
  source:
    'Ceph documentation, "Hardware Recommendations", Networks (a separate out-of-band network for administration), https://docs.ceph.com/en/latest/start/hardware-recommendations/',
  check({ design, topo }) {
    const out = [];
    for (let i = 0; i < design.devices.length; i++) {
      const device = design.devices[i]!;
      if (device.role === 'mgmt-switch') continue;
      if (mgmtPortOnMgmtSwitch(topo, device)) continue;
      const mgmtPorts = device.ports.filter((p) => p.role === 'mgmt');
      const why =
        mgmtPorts.length === 0
          ? 'has no management port'
          : `has no management port (${mgmtPorts.map((p) => p.name).join(', ')}) cabled to a management switch`;
      out.push({ message: `${topo.name(device)} ${why}`, targets: [t.device(device)] });
    }
    return out;
  },
};

/** One of the device's management ports is cabled to a management switch. */
function mgmtPortOnMgmtSwitch(topo: Topology, device: Device): boolean {
  const cabled = topo.cabledPorts(device);
  for (let i = 0; i < cabled.length; i++) {
    const p = cabled[i]!;
    if (topo.portOf(p).role === 'mgmt' && topo.deviceOf(topo.peerOf(p)!).role === 'mgmt-switch')
      return true;
  }
  return false;
}
