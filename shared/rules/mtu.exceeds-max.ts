import type { Device, Lag } from '../model';
import type { Target } from './finding';
import type { Rule } from './rule';
import { t } from './targets';

export const mtuExceedsMax: Rule = {
  id: 'mtu.exceeds-max',
  severity: 'error',
  title: 'MTU above what a device supports',
  why: 'Frames larger than a device’s maximum MTU are dropped, which breaks jumbo-frame networks silently.',
  hint: 'Lower the MTU, or use devices that support it.',
  source:
    'Switch vendor documentation of the maximum MTU, e.g. NVIDIA Cumulus Linux, "Switch Port Attributes", MTU, https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-1-and-Switch-Ports/Interface-Configuration-and-Management/Switch-Port-Attributes/#mtu; the model figure is kept in the catalog',
  check({ design, topo }) {
    const out: Array<{ message: string; targets: Target[] }> = [];
    const over = (device: Device, mtu: number, what: string, targets: Target[]) =>
      out.push({
        message: `${what} has MTU ${mtu}; ${topo.name(device)} supports at most ${device.limits.maxMtu}`,
        targets: [t.device(device), ...targets],
      });
    const exceeds = (device: Device, mtu: number) =>
      device.limits.maxMtu !== undefined && mtu > device.limits.maxMtu;
    for (let i = 0; i < topo.configuredPorts.length; i++) {
      const p = topo.configuredPorts[i]!;
      const device = topo.deviceOf(p);
      const mtu = topo.portOf(p).config?.mtu;
      if (mtu !== undefined && exceeds(device, mtu))
        over(device, mtu, topo.portLabel(p), [t.port(topo, p)]);
    }
    for (let i = 0; i < topo.attachments.length; i++) {
      const { device, attachment, network } = topo.attachments[i]!;
      const mtu = attachment.mtu ?? network.mtu;
      if (!exceeds(device, mtu)) continue;
      over(
        device,
        mtu,
        attachment.mtu !== undefined
          ? `${topo.name(device)}’s interface on ${network.name}`
          : `network ${network.name}`,
        [t.network(network)],
      );
    }
    for (let i = 0; i < design.lags.length; i++) {
      const lag = design.lags[i]!;
      const mtu = lag.config?.mtu;
      if (mtu === undefined) continue;
      // Once per device of the LAG (an MLAG LAG spans two switches): at its first member there.
      for (let k = 0; k < lag.members.length; k++) {
        const device = topo.device(lag.members[k]!.device);
        if (device && firstMemberOn(lag, k) && exceeds(device, mtu))
          over(device, mtu, `LAG ${lag.name || lag.id}`, [t.lag(lag)]);
      }
    }
    // Networks crossing a switch: their MTU must fit the switch too (once per switch and network).
    const seen = new Set<string>();
    const landings = topo.landings();
    for (let i = 0; i < landings.length; i++) {
      const { network, switchPort } = landings[i]!;
      const device = topo.deviceOf(switchPort);
      if (!exceeds(device, network.mtu)) continue;
      const key = `${device.id} ${network.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      over(device, network.mtu, `network ${network.name}`, [t.network(network)]);
    }
    return out;
  },
};

/** No member before the k-th is on the k-th member's device. */
function firstMemberOn(lag: Lag, k: number): boolean {
  const device = lag.members[k]!.device;
  for (let j = 0; j < k; j++) if (lag.members[j]!.device === device) return false;
  return true;
}
