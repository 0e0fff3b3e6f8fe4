import type { Lag } from '../model';
import type { RawFinding, Rule } from './rule';
import { list, t } from './targets';
import { isSwitch } from '../topology';

/** Host bonds that need the switch to bundle their ports: LACP, or a static aggregation. */
const NEEDS_SWITCH_LAG = new Set(['lacp', 'static']);

export const lagSwitchSideMissing: Rule = {
  id: 'lag.switch-side-missing',
  severity: 'error',
  title: 'Aggregating bond without a matching LAG on the switch side',
  why: 'An LACP or static bond works only when the switch bundles the same ports: one LAG on one switch, or one MLAG LAG across the pair, in the same mode. Otherwise the switch sees loose ports, and the bond flaps or loops.',
  hint: 'Put the switch ports in one LAG (an MLAG LAG when they are on both switches of a pair), in the bond’s mode.',
  source:
    'Linux kernel bonding documentation, "Switch Configuration" (802.3ad needs the switch ports in an 802.3ad aggregation, balance-rr and balance-xor in a static group), https://docs.kernel.org/networking/bonding.html#switch-configuration; NVIDIA Cumulus Linux, MLAG, Basic Configuration, https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-2/Multi-Chassis-Link-Aggregation-MLAG/#basic-configuration',
  check({ topo }) {
    const out: RawFinding[] = [];
    const bonds = topo.hostBonds();
    for (let i = 0; i < bonds.length; i++) {
      const { lag, host, cabled } = bonds[i]!;
      if (!NEEDS_SWITCH_LAG.has(lag.mode)) continue;
      const switchPorts = cabled
        .map((p) => topo.peerOf(p)!)
        .filter((p) => isSwitch(topo.deviceOf(p)));
      if (switchPorts.length === 0) continue;
      const switchLags = new Set(switchPorts.map((p) => topo.lagOfPort(p)));
      const switches = new Set(switchPorts.map((p) => topo.deviceOf(p)));
      const [switchLag] = switchLags;
      const problem: string | null = switchLags.has(undefined)
        ? `${list(switchPorts.filter((p) => !topo.lagOfPort(p)).map((p) => topo.portLabel(p)))} ${switchPorts.length === 1 ? 'is' : 'are'} in no LAG`
        : switchLags.size > 1
          ? `its switch ports are in ${switchLags.size} different LAGs`
          : switches.size > 1 && !switchLag!.mlagPair
            ? `switch-side LAG ${name(switchLag!)} spans two switches but is not an MLAG LAG`
            : switchLag!.mode !== lag.mode
              ? `switch-side LAG ${name(switchLag!)} is ${switchLag!.mode}, the bond ${lag.mode}`
              : null;
      if (!problem) continue;
      out.push({
        message: `bond ${name(lag)} of ${topo.name(host)}: ${problem}`,
        targets: [t.lag(lag), t.device(host), ...switchPorts.map((p) => t.port(topo, p))],
      });
    }
    return out;
  },
};

const name = (lag: Lag) => lag.name || lag.id;
