import { vlanRanges } from './facts';
import type { SwitchPlan } from './switches';
import { channelInterface } from './switches';

/**
 * NVIDIA Cumulus Linux NVUE commands for one switch: flat `nv set` lines a user pastes into a
 * shell, ending with `nv config apply -y` and `nv config save`. Every word is a name or number checked by the planner;
 * descriptions are single-quoted and hold no quote (Facts.text), so no line can run anything
 * else. MLAG syncs no configuration: both peers get the same VLANs, bonds and MTUs.
 */
export function nvueCommands(plan: SwitchPlan, header: string): string {
  const { pair } = plan;
  const lines: string[] = [header.trimEnd(), ...plan.notes.map((n) => `# ${n}`)];
  lines.push(`nv set system hostname ${plan.device.hostname}`);
  if (plan.mgmt) {
    lines.push(`nv set interface ${plan.mgmt.port} ip address ${plan.mgmt.address}`);
    if (plan.mgmt.gateway)
      lines.push(`nv set interface ${plan.mgmt.port} ip gateway ${plan.mgmt.gateway}`);
  }
  if (plan.vlans.length)
    lines.push(
      `nv set bridge domain br_default vlan ${vlanRanges(
        plan.vlans.map((v) => v.id),
        ',',
      )}`,
    );
  // A bridge port's untagged frames belong to the bridge's untagged VLAN (1) unless the port says
  // otherwise, so a trunk without an untagged network gets `untagged none` (it drops them, as EOS
  // does on a trunk whose allowed list leaves out its native VLAN 1): untagged guest traffic
  // from a node's VLAN-aware vmbr0 reaches no other bond. NVIDIA's "Drop Untagged Frames",
  // https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-2/Ethernet-Bridging-VLANs/VLAN-aware-Bridge-Mode/
  for (const p of plan.ports) {
    if (p.description) lines.push(`nv set interface ${p.name} description '${p.description}'`);
    if (p.mtu !== undefined) lines.push(`nv set interface ${p.name} link mtu ${p.mtu}`);
    if (p.channel === undefined && p.config?.mode) {
      const base = `interface ${p.name} bridge domain br_default`;
      if (p.config.mode === 'access') {
        if (p.config.untaggedVlan !== undefined)
          lines.push(`nv set ${base} access ${p.config.untaggedVlan}`);
      } else {
        const tagged =
          p.config.taggedVlans === 'all'
            ? plan.vlans.map((v) => v.id)
            : (p.config.taggedVlans ?? []);
        addTrunkMembership(lines, base, tagged, p.config.untaggedVlan);
      }
    }
  }
  for (const c of plan.channels) {
    const name = channelInterface('nvue', c.id, c.peerLink);
    for (const m of c.members) lines.push(`nv set interface ${name} bond member ${m}`);
    if (c.description) lines.push(`nv set interface ${name} description '${c.description}'`);
    if (c.lacp === 'on') lines.push(`nv set interface ${name} bond mode static`);
    else lines.push(`nv set interface ${name} bond lacp-rate ${c.rate}`);
    lines.push(`nv set interface ${name} link mtu ${c.mtu}`);
    if (c.peerLink) continue;
    if (c.mlag) lines.push(`nv set interface ${name} bond mlag id ${c.id}`);
    addTrunkMembership(lines, `interface ${name} bridge domain br_default`, c.allowed, c.native);
  }
  if (pair) {
    if (pair.systemMac) lines.push(`nv set mlag mac-address ${pair.systemMac}`);
    if (pair.keepalive)
      lines.push(
        `nv set mlag backup ${pair.keepalive.address}${pair.keepalive.overManagement ? ' vrf mgmt' : ''}`,
      );
    lines.push('nv set mlag peer-ip linklocal');
    lines.push(`nv set mlag priority ${pair.first ? 1000 : 2000}`);
  }
  // -y applies without the interactive prompt a pasted script cannot answer; `nv config save`
  // keeps the applied configuration across a reboot on releases before automatic saving
  // (5.x; harmless after): https://docs.nvidia.com/networking-ethernet-software/cumulus-linux-511/System-Configuration/NVIDIA-User-Experience-NVUE/NVUE-CLI/
  lines.push('nv config apply -y', 'nv config save');
  return `${lines.join('\n')}\n`;
}

/**
 * A trunk's bridge membership, carrying what EOS's `switchport trunk allowed vlan` allows. An
 * interface of the bridge with no VLAN list carries every VLAN of the bridge, so a trunk with
 * only an untagged network is an access port of that VLAN, and one with no VLAN at all stays out
 * of the bridge (EOS: `allowed vlan none`). `base` is `interface X bridge domain br_default`.
 */
function addTrunkMembership(
  lines: string[],
  base: string,
  tagged: readonly number[],
  native: number | undefined,
): void {
  if (!tagged.length) {
    if (native !== undefined) lines.push(`nv set ${base} access ${native}`);
    return;
  }
  lines.push(`nv set ${base} vlan ${vlanRanges(tagged, ',')}`);
  lines.push(`nv set ${base} untagged ${native ?? 'none'}`);
}
