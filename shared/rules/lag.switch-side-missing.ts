import type { Device, Lag, LagMode } from '../model';
import type { PortIndex, Topology } from '../topology';
import type { RawFinding, Rule } from './rule';
import { list, t } from './targets';
import { isSwitch } from '../topology';

/**
 * How the switch must treat the ports of a host bond in this mode: bundled by LACP, bundled
 * statically (balance-rr, balance-xor and broadcast spread frames over all ports without LACP),
 * or left as plain ports (active-backup, balance-tlb and balance-alb need nothing from the switch,
 * and a switch LAG in front of them never forms or black-holes frames).
 */
export function switchSideMode(mode: LagMode): 'lacp' | 'static' | 'none' {
  if (mode === 'lacp') return 'lacp';
  if (mode === 'static' || mode === 'balance-rr' || mode === 'balance-xor' || mode === 'broadcast')
    return 'static';
  return 'none';
}

export const lagSwitchSideMissing: Rule = {
  id: 'lag.switch-side-missing',
  severity: 'error',
  title: 'Host bond and switch side aggregate differently',
  why: 'A host bond and the switch ports it lands on must aggregate the same way. An LACP bond needs one LACP LAG on the switch side (an MLAG LAG across a pair); a static bond (static, balance-rr, balance-xor) needs a static LAG; an active-backup, balance-tlb or balance-alb bond needs plain switch ports and no LAG at all. Otherwise the switch sees loose ports and the bond flaps or loops, or the switch’s LACP LAG never forms because the host sends no LACPDUs (Linux kernel bonding documentation, "Switch Configuration"; IEEE 802.1AX).',
  hint: 'Put the switch ports in one LAG (an MLAG LAG when they are on both switches of a pair) in the bond’s mode, or, for an active-backup bond, take them out of the switch-side LAG.',
  source:
    'Linux kernel bonding documentation, "Switch Configuration" (802.3ad needs the switch ports in an 802.3ad aggregation, balance-rr, balance-xor and broadcast a static group; active-backup, balance-tlb and balance-alb need no switch configuration), https://docs.kernel.org/networking/bonding.html#switch-configuration; IEEE 802.1AX (Link Aggregation: an LACP aggregation forms only with an LACP partner), https://standards.ieee.org/standard/802_1AX-2020.html; NVIDIA Cumulus Linux, MLAG, Basic Configuration, https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-2/Multi-Chassis-Link-Aggregation-MLAG/#basic-configuration',
  check({ topo }) {
    const out: RawFinding[] = [];
    const bonds = topo.hostBonds();
    for (let i = 0; i < bonds.length; i++) {
      const { lag, host, cabled } = bonds[i]!;
      const wanted = switchSideMode(lag.mode);
      const problem =
        wanted === 'none'
          ? switchLagInFront(topo, lag, cabled)
          : switchSideProblem(topo, lag, wanted, cabled);
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
 * For a bond that wants plain switch ports (active-backup, balance-tlb, balance-alb): the first
 * switch-side LAG one of its legs lands in, named with the switches it meets the bond on, or null.
 */
function switchLagInFront(topo: Topology, bond: Lag, cabled: readonly PortIndex[]): string | null {
  let lag: Lag | undefined;
  const switches: string[] = [];
  for (let i = 0; i < cabled.length; i++) {
    const peer = topo.peerOf(cabled[i]!)!;
    const device = topo.deviceOf(peer);
    const peerLag = isSwitch(device) ? topo.lagOfPort(peer) : undefined;
    if (!peerLag || (lag && peerLag !== lag)) continue;
    lag = peerLag;
    const switchName = topo.name(device);
    if (!switches.includes(switchName)) switches.push(switchName);
  }
  if (!lag) return null;
  return (
    `${bond.mode} faces ${switchLagKind(lag)} ${name(lag)} on ${list(switches)}; ` +
    `that mode needs plain switch ports, and a switch LAG in front of it ` +
    `${lag.mode === 'lacp' ? 'never forms (the host sends no LACPDUs)' : 'sends frames down the standby leg'} ` +
    '(Linux kernel bonding documentation, "Switch Configuration"; IEEE 802.1AX)'
  );
}

const switchLagKind = (lag: Lag) =>
  `${lag.mode === 'lacp' ? 'LACP' : lag.mode} ${lag.mlagPair ? 'MLAG LAG' : 'LAG'}`;

/**
 * What is wrong with the switch side of an aggregating bond, or null: every switch port must be
 * in one and the same LAG, an MLAG LAG when it spans two switches, aggregating the bond's way.
 */
function switchSideProblem(
  topo: Topology,
  bond: Lag,
  wanted: 'lacp' | 'static',
  cabled: readonly PortIndex[],
): string | null {
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
  if (landed === 0 || !switchLag || !firstSwitch) return null;
  if (twoSwitches && !switchLag.mlagPair)
    return `switch-side LAG ${name(switchLag)} spans two switches but is not an MLAG LAG`;
  if (switchSideMode(switchLag.mode) !== wanted)
    return (
      `switch-side LAG ${name(switchLag)} on ${topo.name(firstSwitch)}${twoSwitches ? ' and its MLAG peer' : ''} ` +
      `is ${switchLag.mode}, the bond ${bond.mode}` +
      (wanted === 'lacp'
        ? ''
        : ` (a ${bond.mode} bond needs a static LAG on the switch side, not ${switchLag.mode})`)
    );
  return null;
}
