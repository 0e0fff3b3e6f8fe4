import { expect } from 'vitest';
import { removeItems } from '../../shared/edit';
import type { Cable, CableMedia, Design, Device, Port } from '../../shared/model';
import type { Finding, Severity, Target } from '../../shared/rules';
import { RULES_BY_ID, validate } from '../../shared/rules';
import { template } from './designs';

export { template };

/** Findings of one rule only. */
export function findings(design: Design, ruleId: string): Finding[] {
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return validate(design, { rules: [rule] });
}

/** Asserts the rule fires exactly `count` times with this severity; returns the findings. */
export function expectFires(
  design: Design,
  ruleId: string,
  severity: Severity,
  count = 1,
): Finding[] {
  const found = findings(design, ruleId);
  expect(
    found.map((f) => f.message),
    `${ruleId} findings`,
  ).toHaveLength(count);
  for (const f of found) {
    expect(f.severity).toBe(severity);
    expect(f.message).not.toMatch(/internal error/);
  }
  return found;
}

export function expectQuiet(design: Design, ruleId: string): void {
  expect(findings(design, ruleId).map((f) => f.message)).toEqual([]);
}

export function expectTargets(finding: Finding | undefined, targets: Target[]): void {
  expect(finding?.targets).toEqual(expect.arrayContaining(targets));
}

export const device = (d: Design, id: string): Device => {
  const found = d.devices.find((x) => x.id === id);
  if (!found) throw new Error(`no device ${id}`);
  return found;
};
export const port = (d: Design, id: string, name: string): Port => {
  const found = device(d, id).ports.find((p) => p.name === name);
  if (!found) throw new Error(`no port ${id}#${name}`);
  return found;
};
export const cable = (d: Design, id: string): Cable => {
  const found = d.cables.find((c) => c.id === id);
  if (!found) throw new Error(`no cable ${id}`);
  return found;
};
export const lag = (d: Design, id: string) => {
  const found = d.lags.find((l) => l.id === id);
  if (!found) throw new Error(`no lag ${id}`);
  return found;
};
export const network = (d: Design, id: string) => {
  const found = d.networks.find((n) => n.id === id);
  if (!found) throw new Error(`no network ${id}`);
  return found;
};

export function addCable(
  d: Design,
  id: string,
  a: [string, string],
  b: [string, string],
  media: CableMedia,
  lengthM = 3,
): Cable {
  const c: Cable = {
    id,
    a: { device: a[0], port: a[1] },
    b: { device: b[0], port: b[1] },
    media,
    lengthM,
  };
  d.cables.push(c);
  return c;
}

export function removeCable(d: Design, id: string): void {
  cable(d, id);
  d.cables = d.cables.filter((c) => c.id !== id);
}

/** Removes a device and everything that refers to it: the editor's own delete. */
export function removeDevice(d: Design, id: string): void {
  device(d, id);
  removeItems(d, [id]);
}

export const portTarget = (deviceId: string, portName: string): Target => ({
  kind: 'port',
  id: `${deviceId}#${portName}`,
});
export const deviceTarget = (id: string): Target => ({ kind: 'device', id });
export const cableTarget = (id: string): Target => ({ kind: 'cable', id });
