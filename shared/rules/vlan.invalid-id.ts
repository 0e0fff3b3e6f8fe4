import type { Device, Network, VlanConfig } from '../model';
import type { Rule } from './rule';
import type { Target } from './finding';
import { portTargetId } from './finding';
import { t } from './targets';
import { validVlan } from './vlans';

const hasInvalidVlan = (c: VlanConfig | undefined) =>
  c !== undefined &&
  ((c.untaggedVlan !== undefined && !validVlan(c.untaggedVlan)) ||
    (Array.isArray(c.taggedVlans) && !c.taggedVlans.every(validVlan)));

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
    // Names and targets are built only for a bad id (rare), not for every configured port.
    const checkConfig = (
      config: VlanConfig | undefined,
      where: () => string,
      targets: () => Target[],
    ) => {
      if (!config) return;
      const untagged = config.untaggedVlan;
      if (untagged !== undefined && !validVlan(untagged)) bad(where(), untagged, targets());
      if (!Array.isArray(config.taggedVlans)) return;
      for (const v of config.taggedVlans)
        if (!validVlan(v) && v !== untagged) bad(where(), v, targets());
    };
    for (const network of design.networks) {
      if (network.vlan !== undefined && !validVlan(network.vlan))
        bad(`network ${network.name}`, network.vlan, [t.network(network)]);
    }
    for (const { device, port } of topo.configuredPorts) {
      const config = port.config;
      if (!hasInvalidVlan(config)) continue;
      checkConfig(
        config,
        () => `${topo.name(device)} ${port.name}`,
        () => [{ kind: 'port', id: portTargetId(device.id, port.name) }],
      );
    }
    for (const lag of design.lags) {
      if (hasInvalidVlan(lag.config))
        checkConfig(
          lag.config,
          () => `LAG ${lag.name || lag.id}`,
          () => [t.lag(lag)],
        );
    }

    // Networks a switch carries: those whose host attachments land on its ports.
    // Per switch, the first network seen with each VLAN id; clashes are collected as found.
    const bySwitch = new Map<Device, Map<number, Network>>();
    const clashes = new Map<Device, Map<number, Network[]>>();
    topo.eachLanding((_attachment, network, _hostPort, switchPort) => {
      const vlan = network.vlan;
      if (vlan === undefined) return;
      const device = switchPort.device;
      let vlans = bySwitch.get(device);
      if (!vlans) bySwitch.set(device, (vlans = new Map()));
      const first = vlans.get(vlan);
      if (!first) vlans.set(vlan, network);
      else if (first !== network) {
        let perVlan = clashes.get(device);
        if (!perVlan) clashes.set(device, (perVlan = new Map()));
        const nets = perVlan.get(vlan) ?? [first];
        if (!nets.includes(network)) nets.push(network);
        perVlan.set(vlan, nets);
      }
    });
    for (const [device, perVlan] of clashes) {
      for (const [vlan, nets] of perVlan) {
        out.push({
          message: `${topo.name(device)} carries ${nets.map((n) => n.name).join(' and ')} with the same VLAN ${vlan}`,
          targets: [t.device(device), ...nets.map(t.network)],
        });
      }
    }
    return out;
  },
};
