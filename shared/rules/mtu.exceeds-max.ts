import type { Device, Network } from '../model';
import type { Target } from './finding';
import { portTargetId } from './finding';
import type { Rule } from './rule';
import { t } from './targets';

export const mtuExceedsMax: Rule = {
  id: 'mtu.exceeds-max',
  severity: 'error',
  title: 'MTU above what a device supports',
  why: 'Frames larger than a device’s maximum MTU are dropped, which breaks jumbo-frame networks silently.',
  hint: 'Lower the MTU, or use devices that support it.',
  source: 'Domain brief §2 (check each model’s maximum MTU)',
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
      const port = topo.portOf(p);
      const mtu = port.config?.mtu;
      if (mtu !== undefined && exceeds(device, mtu))
        over(device, mtu, `${topo.name(device)} ${port.name}`, [
          { kind: 'port', id: portTargetId(device.id, port.name) },
        ]);
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
    for (let k = 0; k < design.lags.length; k++) {
      const lag = design.lags[k]!;
      const mtu = lag.config?.mtu;
      if (mtu === undefined) continue;
      const members = lag.members;
      for (let i = 0; i < members.length; i++) {
        const id = members[i]!.device;
        let first = true; // once per device of the LAG (an MLAG LAG spans two switches)
        for (let j = 0; j < i && first; j++) if (members[j]!.device === id) first = false;
        const device = first ? topo.device(id) : undefined;
        if (device && exceeds(device, mtu))
          over(device, mtu, `LAG ${lag.name || lag.id}`, [t.lag(lag)]);
      }
    }
    // Networks crossing a switch: their MTU must fit the switch too (checked once per pair).
    const seen = new Map<Device, Set<Network>>();
    topo.eachLanding((_attachment, network, _hostPort, switchPort) => {
      const device = topo.deviceOf(switchPort);
      if (!exceeds(device, network.mtu)) return;
      const nets = seen.get(device) ?? new Set<Network>();
      if (nets.has(network)) return;
      seen.set(device, nets.add(network));
      over(device, network.mtu, `network ${network.name}`, [t.network(network)]);
    });
    return out;
  },
};
