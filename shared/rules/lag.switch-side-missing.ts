import type { Device, Lag } from '../model';
import type { PortIndex, Topology } from '../topology';
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
      const problem = switchSideProblem(topo, lag, cabled);
      if (!problem) continue;
      const switchPorts = switchPortsOf(topo, cabled);
      out.push({
        message: `bond ${name(lag)} of ${topo.name(host)}: ${problem}`,
        targets: [t.lag(lag), t.device(host), ...switchPorts.map((p) => t.port(topo, p))],
      });
    }
    return out;
  },
};

const name = (lag: Lag) => lag.name || lag.id;

/** The switch ports the bond's cabled legs land on. */
function switchPortsOf(topo: Topology, cabled: readonly PortIndex[]): PortIndex[] {
  const out: PortIndex[] = [];
  for (let i = 0; i < cabled.length; i++) {
    const peer = topo.peerOf(cabled[i]!)!;
    if (isSwitch(topo.deviceOf(peer))) out.push(peer);
  }
  return out;
}

/**
 * What is wrong with the switch side of an aggregating bond, or null: every switch port must be
 * in one and the same LAG, an MLAG LAG when it spans two switches, in the bond's mode.
 */
function switchSideProblem(topo: Topology, bond: Lag, cabled: readonly PortIndex[]): string | null {
  let switchLag: Lag | undefined;
  let firstSwitch: Device | undefined;
  let twoSwitches = false;
  let landed = 0;
  for (let i = 0; i < cabled.length; i++) {
    const peer = topo.peerOf(cabled[i]!)!;
    const device = topo.deviceOf(peer);
    if (!isSwitch(device)) continue;
    landed++;
    const lag = topo.lagOfPort(peer);
    if (!lag) {
      const loose = switchPortsOf(topo, cabled).filter((p) => !topo.lagOfPort(p));
      return `${list(loose.map((p) => topo.portLabel(p)))} ${loose.length === 1 ? 'is' : 'are'} in no LAG`;
    }
    if (switchLag && lag !== switchLag) return 'its switch ports are in different LAGs';
    switchLag = lag;
    if (firstSwitch && device !== firstSwitch) twoSwitches = true;
    firstSwitch ??= device;
  }
  if (landed === 0 || !switchLag) return null;
  if (twoSwitches && !switchLag.mlagPair)
    return `switch-side LAG ${name(switchLag)} spans two switches but is not an MLAG LAG`;
  if (switchLag.mode !== bond.mode)
    return `switch-side LAG ${name(switchLag)} is ${switchLag.mode}, the bond ${bond.mode}`;
  return null;
}
