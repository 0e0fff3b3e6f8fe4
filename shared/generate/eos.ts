import { vlanRanges } from './facts';
import type { SwitchPlan } from './switches';
import { channelInterface } from './switches';

/** Seconds without the peer link, the heartbeat still answering, before the secondary acts (AVD's 5). */
const DUAL_PRIMARY_DELAY = 5;

/**
 * How long a reloaded MLAG switch keeps its MLAG ports (and, a little longer, its other ports)
 * down while it learns the pair's state again over the peer link: Arista AVD's platform defaults,
 * 300/330 s on most platforms, 900/1020 s on the Jericho-based R series, whose forwarding tables
 * take longer to program, 1200/1320 s on the 7300X3
 * (https://github.com/aristanetworks/avd, eos_designs docs, tables/platform-settings.md).
 */
export function reloadDelay(model: string): { mlag: number; nonMlag: number } {
  // Model names carry the family: 7304X3, 7280SR3-48YC8, 7280CR3-32P4, 7500R3, 7020TR-48.
  if (/73\d\dX3/i.test(model)) return { mlag: 1200, nonMlag: 1320 };
  if (/7(020|280|500|800)[A-Z]*R/i.test(model)) return { mlag: 900, nonMlag: 1020 };
  return { mlag: 300, nonMlag: 330 };
}

/**
 * Arista EOS configuration for one switch, in the order EOS (and Arista AVD's configs) print
 * it: hostname, spanning tree, VLANs, VRF, port-channels, Ethernet ports, management, the
 * peer SVI, routes, MLAG. The peer link is a trunk in trunk group MLAG; VLAN `peerVlan` is
 * confined to that group and kept out of spanning tree.
 */
export function eosConfig(plan: SwitchPlan, header: string): string {
  const { pair } = plan;
  const lines: string[] = [header.trimEnd(), ...plan.notes.map((n) => `! ${n}`)];
  lines.push('!', `hostname ${plan.device.hostname}`, '!');
  lines.push('spanning-tree mode mstp');
  if (pair) lines.push(`no spanning-tree vlan-id ${pair.peerVlan}`);
  lines.push('!');
  for (const vlan of plan.vlans) lines.push(`vlan ${vlan.id}`, `   name ${vlan.name}`, '!');
  if (pair) lines.push(`vlan ${pair.peerVlan}`, '   name MLAG_PEER', '   trunk group MLAG', '!');
  if (plan.mgmt) lines.push('vrf instance MGMT', '!');
  for (const c of plan.channels) {
    lines.push(`interface ${channelInterface('eos', c.id, c.peerLink)}`);
    if (c.description) lines.push(`   description ${c.description}`);
    lines.push(`   mtu ${c.mtu}`);
    lines.push('   switchport mode trunk');
    if (c.peerLink) lines.push('   switchport trunk group MLAG');
    else {
      if (c.native !== undefined) lines.push(`   switchport trunk native vlan ${c.native}`);
      const allowed = c.native !== undefined ? [...c.allowed, c.native] : c.allowed;
      lines.push(
        `   switchport trunk allowed vlan ${allowed.length ? vlanRanges(allowed, ',') : 'none'}`,
      );
      if (c.mlag) lines.push(`   mlag ${c.id}`);
      if (c.edge) lines.push('   spanning-tree portfast');
    }
    lines.push('!');
  }
  for (const p of plan.ports) {
    lines.push(`interface ${p.name}`);
    if (p.description) lines.push(`   description ${p.description}`);
    if (p.mtu !== undefined) lines.push(`   mtu ${p.mtu}`);
    const channel = plan.channels.find((c) => c.id === p.channel);
    if (channel) {
      lines.push(`   channel-group ${channel.id} mode ${channel.lacp}`);
      if (channel.lacp === 'active')
        lines.push(`   lacp timer ${channel.rate === 'fast' ? 'fast' : 'normal'}`);
    } else if (p.config?.mode === 'access') {
      lines.push('   switchport mode access');
      if (p.config.untaggedVlan !== undefined)
        lines.push(`   switchport access vlan ${p.config.untaggedVlan}`);
      lines.push('   spanning-tree portfast');
    } else if (p.config?.mode === 'trunk') {
      lines.push('   switchport mode trunk');
      if (p.config.untaggedVlan !== undefined)
        lines.push(`   switchport trunk native vlan ${p.config.untaggedVlan}`);
      const tagged =
        p.config.taggedVlans === 'all' ? plan.vlans.map((v) => v.id) : (p.config.taggedVlans ?? []);
      const allowed =
        p.config.untaggedVlan !== undefined ? [...tagged, p.config.untaggedVlan] : tagged;
      lines.push(
        `   switchport trunk allowed vlan ${allowed.length ? vlanRanges(allowed, ',') : 'none'}`,
      );
      lines.push('   spanning-tree portfast');
    } else lines.push('   shutdown');
    lines.push('!');
  }
  if (plan.mgmt) {
    lines.push(
      `interface ${plan.mgmt.port}`,
      '   vrf MGMT',
      `   ip address ${plan.mgmt.address}`,
      '!',
    );
  }
  if (pair?.localAddress) {
    lines.push(
      `interface Vlan${pair.peerVlan}`,
      `   description MLAG peer link to ${pair.peer.hostname}`,
      '   no autostate',
      `   ip address ${pair.localAddress}`,
      '!',
    );
  }
  if (plan.mgmt?.gateway) lines.push(`ip route vrf MGMT 0.0.0.0/0 ${plan.mgmt.gateway}`, '!');
  if (pair) {
    const peerLink = plan.channels.find((c) => c.peerLink);
    lines.push(
      'mlag configuration',
      `   domain-id ${pair.domainId}`,
      `   local-interface Vlan${pair.peerVlan}`,
    );
    if (pair.peerAddress) lines.push(`   peer-address ${pair.peerAddress}`);
    if (pair.keepalive)
      lines.push(
        `   peer-address heartbeat ${pair.keepalive.address}${pair.keepalive.overManagement ? ' vrf MGMT' : ''}`,
      );
    if (peerLink) lines.push(`   peer-link ${channelInterface('eos', peerLink.id, true)}`);
    // With the peer link down, both switches would become primary and forward on both sides;
    // over the heartbeat the former secondary sees its peer alive and errdisables its ports
    // (peer link and management excepted) instead. It needs the heartbeat, as in Arista AVD,
    // which writes delay 5 with it (https://www.arista.com/en/um-eos/eos-multi-chassis-link-aggregation).
    if (pair.keepalive)
      lines.push(
        `   dual-primary detection delay ${DUAL_PRIMARY_DELAY} action errdisable all-interfaces`,
      );
    const delay = reloadDelay(plan.device.model.name);
    lines.push(`   reload-delay mlag ${delay.mlag}`, `   reload-delay non-mlag ${delay.nonMlag}`);
    lines.push('!');
  }
  // SSH listens in the default VRF unless told otherwise: with Management1 moved into MGMT, the
  // switch would be unreachable over its management port without this (Arista AVD writes it too).
  if (plan.mgmt) lines.push('management ssh', '   vrf MGMT', '      no shutdown', '!');
  // No closing `end`: the runbook pastes this into `configure session clusterwire`, where `end`
  // would leave the session before `show session-config diffs` and `commit`
  // (https://www.arista.com/en/um-eos/eos-configure-session).
  return `${lines.join('\n')}\n`;
}
