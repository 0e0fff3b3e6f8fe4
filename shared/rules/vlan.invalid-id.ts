import type { Device, Network, VlanConfig } from '../model';
import type { Rule } from './rule';
import type { Target } from './finding';
import { portTargetId } from './finding';
import { t } from './targets';
import { MAX_VLAN, validVlan } from '../topology';
import type { LandingVisitor } from '../topology';
import { isSwitch } from '../topology';

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
    // Names and targets are built only for a bad id (rare), not for every configured port; and
    // no closure captures a loop variable, which would cost an allocation per iteration.
    const checkConfig = (config: VlanConfig, where: string, targets: Target[]) => {
      const untagged = config.untaggedVlan;
      if (untagged !== undefined && !validVlan(untagged)) bad(where, untagged, targets);
      if (!Array.isArray(config.taggedVlans)) return;
      for (const v of config.taggedVlans)
        if (!validVlan(v) && v !== untagged) bad(where, v, targets);
    };
    for (let i = 0; i < design.networks.length; i++) {
      const network = design.networks[i]!;
      if (network.vlan !== undefined && !validVlan(network.vlan))
        bad(`network ${network.name}`, network.vlan, [t.network(network)]);
    }
    for (let i = 0; i < topo.configuredPorts.length; i++) {
      const p = topo.configuredPorts[i]!;
      const device = topo.deviceOf(p);
      const port = topo.portOf(p);
      if (hasInvalidVlan(port.config))
        checkConfig(port.config!, `${topo.name(device)} ${port.name}`, [
          { kind: 'port', id: portTargetId(device.id, port.name) },
        ]);
    }
    for (let i = 0; i < design.lags.length; i++) {
      const lag = design.lags[i]!;
      if (hasInvalidVlan(lag.config))
        checkConfig(lag.config!, `LAG ${lag.name || lag.id}`, [t.lag(lag)]);
    }

    // Networks a switch carries: those whose host attachments land on its ports. Per switch, the
    // first network seen with each VLAN id, in a table indexed by VLAN id and stamped with the
    // switch it belongs to, so one table serves every switch; clashes (rare) go to a map.
    const firstOnSwitch = new Array<Network | undefined>(MAX_VLAN + 1);
    const stamp = new Int32Array(MAX_VLAN + 1);
    const clashes = new Map<Device, Map<number, Network[]>>();
    let mark = 0;
    let device: Device | undefined;
    const visit: LandingVisitor = (_attachment, network) => {
      const vlan = network.vlan;
      if (vlan === undefined || !validVlan(vlan)) return; // out of range: reported above
      if (stamp[vlan] !== mark) {
        stamp[vlan] = mark;
        firstOnSwitch[vlan] = network;
        return;
      }
      const first = firstOnSwitch[vlan]!;
      if (first === network) return;
      let perVlan = clashes.get(device!);
      if (!perVlan) clashes.set(device!, (perVlan = new Map()));
      const nets = perVlan.get(vlan) ?? [first];
      if (!nets.includes(network)) nets.push(network);
      perVlan.set(vlan, nets);
    };
    for (let i = 0; i < design.devices.length; i++) {
      const d = design.devices[i]!;
      if (!isSwitch(d)) continue;
      device = d;
      mark++;
      topo.eachLandingOn(d, visit);
    }
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
