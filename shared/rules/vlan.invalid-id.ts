import type { Network, VlanConfig } from '../model';
import type { Rule } from './rule';
import type { Target } from './finding';
import { portTargetId } from './finding';
import { t } from './targets';
import { validVlan } from './vlans';

export const vlanInvalidId: Rule = {
  id: 'vlan.invalid-id',
  severity: 'error',
  title: 'Invalid or clashing VLAN id',
  why: 'VLAN ids run from 1 to 4094; two networks with one id on one switch are one broadcast domain.',
  hint: 'Use VLAN ids from 1 to 4094, unique per switch.',
  source: 'IEEE 802.1Q; domain brief §6',
  check({ design, topo }) {
    const out: Array<{ message: string; targets: Target[] }> = [];
    const bad = (where: string, vlan: number, targets: Target[]) =>
      out.push({ message: `${where} uses VLAN ${vlan}, outside 1..4094`, targets });
    const checkConfig = (
      config: VlanConfig | undefined,
      where: string,
      targets: () => Target[],
    ) => {
      if (!config) return;
      if (config.untaggedVlan !== undefined && !validVlan(config.untaggedVlan))
        bad(where, config.untaggedVlan, targets());
      if (!Array.isArray(config.taggedVlans)) return;
      for (const v of config.taggedVlans)
        if (!validVlan(v) && v !== config.untaggedVlan) bad(where, v, targets());
    };
    for (const network of design.networks) {
      if (network.vlan !== undefined && !validVlan(network.vlan))
        bad(`network ${network.name}`, network.vlan, [t.network(network)]);
    }
    for (const { device, port } of topo.configuredPorts) {
      checkConfig(port.config, `${topo.name(device)} ${port.name}`, () => [
        { kind: 'port', id: portTargetId(device.id, port.name) },
      ]);
    }
    for (const lag of design.lags)
      checkConfig(lag.config, `LAG ${lag.name || lag.id}`, () => [t.lag(lag)]);

    // Networks a switch carries: those whose host attachments land on its ports.
    const bySwitch = new Map<string, Map<number, Set<Network>>>();
    topo.eachLanding((_attachment, network, _hostPort, switchPort) => {
      if (network.vlan === undefined) return;
      const vlans = bySwitch.get(switchPort.device.id) ?? new Map<number, Set<Network>>();
      bySwitch.set(switchPort.device.id, vlans);
      const nets = vlans.get(network.vlan) ?? new Set<Network>();
      vlans.set(network.vlan, nets);
      nets.add(network);
    });
    for (const [switchId, vlans] of bySwitch) {
      for (const [vlan, nets] of vlans) {
        if (nets.size < 2) continue;
        const names = [...nets].map((n) => n.name).join(' and ');
        out.push({
          message: `${topo.name(topo.devices.get(switchId))} carries ${names} with the same VLAN ${vlan}`,
          targets: [{ kind: 'device', id: switchId }, ...[...nets].map(t.network)],
        });
      }
    }
    return out;
  },
};
