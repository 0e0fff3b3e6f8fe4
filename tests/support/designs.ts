import type { Design, DesignInput } from '../../shared/model';
import { CURRENT_SCHEMA_VERSION, Design as DesignSchema } from '../../shared/model';
import { serializeDesign } from '../../shared/format';
import { findTemplate } from '../../shared/templates';

/** A fresh copy of a template design, safe to mutate in a test. */
export function template(name = 'pve-hci-3node'): Design {
  const info = findTemplate(name);
  if (!info) throw new Error(`no template ${name}`);
  return info.build();
}

export function minimalDesign(extra: Partial<DesignInput> = {}): Design {
  return DesignSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { name: 'test' },
    ...extra,
  });
}

/** Serialize a raw object the way a hand-edited file would look. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`;
}

export { serializeDesign };

/**
 * Renames a device's port everywhere the design names it (cables, LAG members, attachments,
 * bridge), as a user does who types the name `ip link` shows: `ens1f0` becomes `ens1f0np0`.
 */
export function renamePort(design: Design, deviceId: string, from: string, to: string): Design {
  const device = design.devices.find((d) => d.id === deviceId)!;
  for (const p of device.ports) if (p.name === from) p.name = to;
  for (const a of device.attachments) if (a.port === from) a.port = to;
  if (device.bridge?.port === from) device.bridge.port = to;
  for (const c of design.cables)
    for (const end of [c.a, c.b]) if (end.device === deviceId && end.port === from) end.port = to;
  for (const l of design.lags)
    for (const m of l.members) if (m.device === deviceId && m.port === from) m.port = to;
  return design;
}

/**
 * The 3-node reference with pve-01's management untagged on bond0 (under vmbr0, whose uplink it
 * is) instead of on eno1: its address then sits on the bridge itself.
 */
export function managementUntaggedOnBond(): Design {
  const design = template();
  const node = design.devices.find((d) => d.hostname === 'pve-01')!;
  const mgmt = node.attachments.find((a) => a.network === 'net-mgmt')!;
  delete mgmt.port;
  mgmt.lag = 'lag-node1-bond0';
  const switchSide = design.lags.find((l) => l.id === 'lag-core-node1')!;
  switchSide.config = { ...switchSide.config!, untaggedVlan: 10 };
  return design;
}
