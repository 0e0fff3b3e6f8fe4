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
    // Message and targets are built only for a device that is really over its maximum.
    const over = (device: Device, mtu: number, what: () => string, targets: () => Target[]) => {
      const max = device.limits.maxMtu;
      if (max === undefined || mtu <= max) return;
      out.push({
        message: `${what()} has MTU ${mtu}; ${topo.name(device)} supports at most ${max}`,
        targets: [t.device(device), ...targets()],
      });
    };
    for (const { device, port } of topo.configuredPorts) {
      const mtu = port.config?.mtu;
      if (mtu !== undefined)
        over(
          device,
          mtu,
          () => `${topo.name(device)} ${port.name}`,
          () => [{ kind: 'port', id: portTargetId(device.id, port.name) }],
        );
    }
    for (const { device, attachment, network } of topo.attachments) {
      const mtu = attachment.mtu ?? network.mtu;
      const max = device.limits.maxMtu;
      if (max === undefined || mtu <= max) continue;
      const what =
        attachment.mtu !== undefined
          ? `${topo.name(device)}’s interface on ${network.name}`
          : `network ${network.name}`;
      over(
        device,
        mtu,
        () => what,
        () => [t.network(network)],
      );
    }
    for (const lag of design.lags) {
      const mtu = lag.config?.mtu;
      if (mtu === undefined) continue;
      for (const id of new Set(lag.members.map((m) => m.device))) {
        const device = topo.devices.get(id);
        if (device)
          over(
            device,
            mtu,
            () => `LAG ${lag.name || lag.id}`,
            () => [t.lag(lag)],
          );
      }
    }
    // Networks crossing a switch: their MTU must fit the switch too.
    const seen = new Map<Device, Set<Network>>();
    topo.eachLanding((_attachment, network, _hostPort, switchPort) => {
      const nets = seen.get(switchPort.device) ?? new Set<Network>();
      if (nets.has(network)) return;
      seen.set(switchPort.device, nets.add(network));
      over(
        switchPort.device,
        network.mtu,
        () => `network ${network.name}`,
        () => [t.network(network)],
      );
    });
    return out;
  },
};
