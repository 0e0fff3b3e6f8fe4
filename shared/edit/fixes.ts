import type { Design, Device, Lag, PortRef, VlanConfig } from '../model';
import { parsePortKey } from '../model/ids';
import { minOf } from '../model/numbers';
import type { Finding } from '../rules/finding';
import { switchSideMode } from '../rules/lag.switch-side-missing';
import { createLag } from './ops';

/**
 * One-click fixes for mechanical problems: what a finding names is enough to repair it, and
 * there is one obvious repair. `apply` runs inside one edit (one undo step); it re-checks the
 * design and changes nothing when the fix no longer fits.
 */
export interface QuickFix {
  /** The button's words: what the fix will do, e.g. "Allow VLAN 60 on LAG pve-01-bond0". */
  label: string;
  apply(design: Design): void;
}

type FixMaker = (design: Design, finding: Finding) => QuickFix | null;

const deviceOf = (design: Design, id: string) => design.devices.find((d) => d.id === id);
const lagWith = (design: Design, ref: PortRef) =>
  design.lags.find((l) => l.members.some((m) => m.device === ref.device && m.port === ref.port));
const portTargets = (finding: Finding) =>
  finding.targets.filter((t) => t.kind === 'port').map((t) => parsePortKey(t.id));
const targetOf = (finding: Finding, kind: Finding['targets'][number]['kind']) =>
  finding.targets.find((t) => t.kind === kind)?.id;
const isSwitch = (d: Device | undefined) => d?.role === 'core-switch' || d?.role === 'mgmt-switch';

/** The VLANs a host sends over its bond: tagged ones to trunk, the untagged one as native. */
function bondVlans(design: Design, host: Device, bond: Lag): VlanConfig {
  const tagged = new Set<number>();
  let untagged: number | undefined;
  for (const a of host.attachments) {
    if (a.lag !== bond.id) continue;
    const vlan = design.networks.find((n) => n.id === a.network)?.vlan;
    if (vlan === undefined) continue;
    if (a.tagged) tagged.add(vlan);
    else untagged = vlan;
  }
  return {
    mode: 'trunk',
    ...(untagged !== undefined ? { untaggedVlan: untagged } : {}),
    taggedVlans: [...tagged].sort((x, y) => x - y),
  };
}

/**
 * lag.switch-side-missing, when the switch ports of an aggregating bond are in no LAG: bundle them
 * (MLAG across a pair), LACP for an LACP bond and static for a static one. Never for an
 * active-backup (or tlb/alb) bond: its switch ports must stay plain ports.
 */
const switchSideLag: FixMaker = (design, finding) => {
  const bondId = targetOf(finding, 'lag');
  const hostId = targetOf(finding, 'device');
  const ports = portTargets(finding);
  const bond = design.lags.find((l) => l.id === bondId);
  const host = hostId === undefined ? undefined : deviceOf(design, hostId);
  if (!bond || !host || ports.length === 0) return null;
  const mode = switchSideMode(bond.mode);
  if (mode === 'none') return null;
  if (ports.some((p) => !isSwitch(deviceOf(design, p.device)) || lagWith(design, p))) return null;
  const switches = [...new Set(ports.map((p) => p.device))];
  const pair =
    switches.length === 2
      ? design.mlagPairs.find((p) => switches.every((s) => p.switches.includes(s)))
      : undefined;
  if (switches.length > 2 || (switches.length === 2 && !pair)) return null;
  return {
    label: pair ? 'Create the switch-side MLAG LAG' : 'Create the switch-side LAG',
    apply(d) {
      const result = createLag(d, ports);
      if ('problem' in result) return;
      const lag = d.lags.find((l) => l.id === result.id)!;
      const h = deviceOf(d, host.id)!;
      const b = d.lags.find((l) => l.id === bond.id)!;
      lag.name = `${h.hostname}-${b.name}`;
      lag.mode = mode;
      // Both ends at the bond's rate. An unset rate means slow in the design (Linux's default;
      // generate writes it out on both ends), so a fast switch side facing an unset bond would
      // be a mismatch the fix itself made.
      if (mode === 'lacp' && b.lacpRate !== undefined) lag.lacpRate = b.lacpRate;
      else delete lag.lacpRate;
      const mtus: number[] = [];
      for (const s of switches) {
        const mtu = deviceOf(d, s)?.limits.maxMtu;
        if (mtu !== undefined) mtus.push(mtu);
      }
      lag.config = {
        ...bondVlans(d, h, b),
        ...(mtus.length > 0 ? { mtu: minOf(mtus) } : {}),
      };
    },
  };
};

/** Where a switch port's VLANs are set: its LAG when it is in one, else the port itself. */
function configHolder(
  design: Design,
  ref: PortRef,
): { name: string; get(): VlanConfig | undefined; set(c: VlanConfig): void } | null {
  const lag = lagWith(design, ref);
  if (lag)
    return {
      name: `LAG ${lag.name || lag.id}`,
      get: () => lag.config,
      set: (c) => void (lag.config = c),
    };
  const device = deviceOf(design, ref.device);
  const port = device?.ports.find((p) => p.name === ref.port);
  if (!device || !port) return null;
  return {
    name: `${device.hostname} ${port.name}`,
    get: () => port.config,
    set: (c) => void (port.config = { ...port.config, ...c }),
  };
}

/** The config with `vlan` allowed (tagged on a trunk, or untagged), or null when that would take
 * another VLAN's untagged place. */
export function allowVlan(
  config: VlanConfig | undefined,
  vlan: number,
  tagged: boolean,
): VlanConfig | null {
  const current = config ?? {};
  if (!tagged) {
    if (current.untaggedVlan !== undefined && current.untaggedVlan !== vlan) return null;
    return { ...current, mode: current.mode ?? 'access', untaggedVlan: vlan };
  }
  const list = current.taggedVlans === 'all' ? 'all' : [...(current.taggedVlans ?? [])];
  if (list !== 'all' && !list.includes(vlan)) {
    list.push(vlan);
    list.sort((x, y) => x - y);
  }
  return { ...current, mode: 'trunk', taggedVlans: list };
}

/** vlan.not-carried: allow the network's VLAN on the switch port (or its LAG). */
const allowMissingVlan: FixMaker = (design, finding) => {
  const network = design.networks.find((n) => n.id === targetOf(finding, 'network'));
  const [hostPort, switchPort] = portTargets(finding);
  if (!network || network.vlan === undefined || !hostPort || !switchPort) return null;
  const host = deviceOf(design, hostPort.device);
  const hostLag = lagWith(design, hostPort);
  const attachment = host?.attachments.find(
    (a) =>
      a.network === network.id &&
      (a.port === hostPort.port || (hostLag !== undefined && a.lag === hostLag.id)),
  );
  if (!attachment) return null;
  const holder = configHolder(design, switchPort);
  if (!holder || !allowVlan(holder.get(), network.vlan, attachment.tagged)) return null;
  const vlan = network.vlan;
  return {
    label: `Allow VLAN ${vlan}${attachment.tagged ? '' : ' untagged'} on ${holder.name}`,
    apply(d) {
      const h = configHolder(d, switchPort);
      const next = h && allowVlan(h.get(), vlan, attachment.tagged);
      if (h && next) h.set(next);
    },
  };
};

/** corosync.bond-mode on a slow LACP bond: fast rate on the bond and its switch-side LAGs. */
const lacpFast: FixMaker = (design, finding) => {
  const bond = design.lags.find((l) => l.id === targetOf(finding, 'lag'));
  if (!bond || bond.mode !== 'lacp') return null;
  return {
    label: `Set LACP fast rate on ${bond.name || bond.id} and its switch side`,
    apply(d) {
      const b = d.lags.find((l) => l.id === bond.id);
      if (!b || b.mode !== 'lacp') return;
      b.lacpRate = 'fast';
      for (const member of b.members) {
        const cable = d.cables.find(
          (c) =>
            (c.a.device === member.device && c.a.port === member.port) ||
            (c.b.device === member.device && c.b.port === member.port),
        );
        if (!cable) continue;
        const peer =
          cable.a.device === member.device && cable.a.port === member.port ? cable.b : cable.a;
        const switchLag = lagWith(d, peer);
        if (switchLag?.mode === 'lacp') switchLag.lacpRate = 'fast';
      }
    },
  };
};

/**
 * mlag.keepalive-missing with nothing declared: keepalive over the management network on which
 * both switches already have an address (the usual choice), when there is exactly one such.
 */
const keepaliveOverMgmt: FixMaker = (design, finding) => {
  const pair = design.mlagPairs.find((p) => p.id === targetOf(finding, 'mlagPair'));
  if (!pair || pair.keepalive?.network !== undefined || pair.keepalive?.cable !== undefined)
    return null;
  const switches = pair.switches.map((id) => deviceOf(design, id));
  const candidates = design.networks.filter(
    (n) =>
      n.role === 'management' &&
      switches.every((s) => s?.attachments.some((a) => a.network === n.id && a.address)),
  );
  if (candidates.length !== 1) return null;
  const network = candidates[0]!;
  return {
    label: `Keepalive over ${network.name}`,
    apply(d) {
      const p = d.mlagPairs.find((x) => x.id === pair.id);
      if (p && d.networks.some((n) => n.id === network.id)) p.keepalive = { network: network.id };
    },
  };
};

const FIXES: Record<string, FixMaker> = {
  'mlag.keepalive-missing': keepaliveOverMgmt,
  'lag.switch-side-missing': switchSideLag,
  'vlan.not-carried': allowMissingVlan,
  'corosync.bond-mode': lacpFast,
};

/** The one-click fix for this finding, or null when it needs a person's judgement. */
export function quickFixFor(design: Design, finding: Finding): QuickFix | null {
  if (finding.suppressed) return null;
  return FIXES[finding.ruleId]?.(design, finding) ?? null;
}

/** Whether findings of this rule can have a one-click fix (cheap: no design needed). */
export const hasQuickFix = (ruleId: string): boolean => ruleId in FIXES;
