import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, findModel } from '../../shared/catalog';
import {
  addCable,
  addDevice,
  align,
  distribute,
  connectionProblem,
  copyDevices,
  createHaPair,
  createLag,
  createMlagPair,
  defaultMedia,
  mediaOptions,
  pasteDevices,
  removeItems,
} from '../../shared/edit';
import { checkReferences } from '../../shared/format/references';
import type { Design } from '../../shared/model';
import { RFC1035_LABEL } from '../../shared/model';
import { minimalDesign, template } from '../support/designs';

const model = (id: string) => findModel(BUILTIN_CATALOG, id);
const edit = (design: Design, recipe: (d: Design) => void) => produce(design, recipe);

/** A small design: two core switches, a server, a management switch, nothing cabled. */
function rack(): { design: Design; core1: string; core2: string; node: string; mgmt: string } {
  let core1 = '';
  let core2 = '';
  let node = '';
  let mgmt = '';
  const design = edit(minimalDesign(), (d) => {
    core1 = addDevice(d, model('nvidia-sn2010'), { x: 0, y: 0 });
    core2 = addDevice(d, model('nvidia-sn2010'), { x: 400, y: 0 });
    node = addDevice(d, model('dell-r660'), { x: 0, y: 300 });
    mgmt = addDevice(d, model('aruba-1930-24g'), { x: 800, y: 0 });
  });
  return { design, core1, core2, node, mgmt };
}

const portOfType = (design: Design, device: string, type: string, skip = 0) =>
  design.devices.find((d) => d.id === device)!.ports.filter((p) => p.type === type)[skip]!.name;

describe('placing devices', () => {
  it('gives each device a valid, unused hostname by role and keeps references sound', () => {
    const { design, core1, core2, node } = rack();
    const names = design.devices.map((d) => d.hostname);
    expect(names).toEqual(['core-01', 'core-02', 'pve-01', 'mgmt-sw-01']);
    for (const n of names) expect(n).toMatch(RFC1035_LABEL);
    expect(new Set([core1, core2, node]).size).toBe(3);
    expect(design.layout.positions[node]).toEqual({ x: 0, y: 300 });
    expect(checkReferences(design)).toEqual([]);
  });

  it('fills the first free number after a device is renamed or removed', () => {
    const { design, core1 } = rack();
    const next = edit(design, (d) => {
      removeItems(d, [core1]);
      addDevice(d, model('nvidia-sn2010'), { x: 0, y: 0 });
    });
    expect(next.devices.map((d) => d.hostname)).toContain('core-01');
  });
});

describe('connecting ports', () => {
  it('accepts SFP28 to SFP28 and picks a DAC when short, fiber when long', () => {
    const { design, core1, node } = rack();
    const a = { device: node, port: portOfType(design, node, '25gbase-x-sfp28') };
    const b = { device: core1, port: portOfType(design, core1, '25gbase-x-sfp28') };
    expect(connectionProblem(design, BUILTIN_CATALOG, a, b)).toBeNull();
    const pa = design.devices.find((d) => d.id === node)!.ports.find((p) => p.name === a.port)!;
    const pb = design.devices.find((d) => d.id === core1)!.ports.find((p) => p.name === b.port)!;
    const options = mediaOptions(BUILTIN_CATALOG, pa, pb);
    expect(defaultMedia(options, pa, pb, 2)).toBe('dac-passive');
    expect(defaultMedia(options, pa, pb, 3)).toBe('dac-passive');
    expect(defaultMedia(options, pa, pb, 3.5)).toBe('mmf-om4');
  });

  it('marks a drawn cable whose length is the default as estimated, and only then', () => {
    const { design, core1, node } = rack();
    const a = { device: node, port: portOfType(design, node, '25gbase-x-sfp28') };
    const b = { device: core1, port: portOfType(design, core1, '25gbase-x-sfp28') };
    let drawn = '';
    const next = edit(design, (d) => {
      drawn = addCable(d, a, b, 'dac-passive', 3, { lengthEstimated: true });
    });
    expect(next.cables.find((c) => c.id === drawn)).toMatchObject({
      lengthM: 3,
      lengthEstimated: true,
    });
    const measured = edit(design, (d) => void addCable(d, a, b, 'dac-passive', 2.5));
    expect(measured.cables[0]).not.toHaveProperty('lengthEstimated');
  });

  it('RJ45 to RJ45 gets Cat6a', () => {
    const { design, node, mgmt } = rack();
    const pa = design.devices.find((d) => d.id === node)!.ports.find((p) => p.type === 'bmc')!;
    const pb = design.devices
      .find((d) => d.id === mgmt)!
      .ports.find((p) => p.type === '1000base-t')!;
    expect(defaultMedia(mediaOptions(BUILTIN_CATALOG, pa, pb), pa, pb, 2)).toBe('cat6a');
  });

  it('refuses impossible connections with the reason', () => {
    const { design, core1, node, mgmt } = rack();
    const sfp28 = { device: core1, port: portOfType(design, core1, '25gbase-x-sfp28') };
    const rj45 = { device: mgmt, port: portOfType(design, mgmt, '1000base-t') };
    const qsfp = { device: core1, port: portOfType(design, core1, '100gbase-x-qsfp28') };
    const nodeSfp = { device: node, port: portOfType(design, node, '25gbase-x-sfp28') };
    expect(connectionProblem(design, BUILTIN_CATALOG, sfp28, rj45)).toMatch(
      /^form factor mismatch/,
    );
    expect(connectionProblem(design, BUILTIN_CATALOG, nodeSfp, qsfp)).toMatch(
      /^both ends|speed mismatch/,
    );
    expect(connectionProblem(design, BUILTIN_CATALOG, sfp28, qsfp)).toBe(
      `both ends are on core-01`,
    );
    expect(connectionProblem(design, BUILTIN_CATALOG, sfp28, sfp28)).toBe(
      'a cable needs two different ports',
    );
    const cabled = edit(design, (d) => void addCable(d, nodeSfp, sfp28, 'dac-passive', 2));
    const other = { device: node, port: portOfType(design, node, '25gbase-x-sfp28', 1) };
    expect(connectionProblem(cabled, BUILTIN_CATALOG, other, sfp28)).toBe(
      `core-01 ${sfp28.port} is already cabled`,
    );
  });

  it('an SFP28 port does not speak 40/100G QSFP28: speed mismatch', () => {
    const { design, core2, node } = rack();
    const nodeSfp = { device: node, port: portOfType(design, node, '25gbase-x-sfp28') };
    const qsfp = { device: core2, port: portOfType(design, core2, '100gbase-x-qsfp28') };
    expect(connectionProblem(design, BUILTIN_CATALOG, nodeSfp, qsfp)).toMatch(
      /^speed mismatch: 10\/25G and 40\/100G/,
    );
  });
});

describe('removing', () => {
  it('removing a core switch takes its cables, pair and LAG memberships along; the rest stays sound', () => {
    const design = template();
    const core = design.devices.find((d) => d.role === 'core-switch')!;
    const next = edit(design, (d) => removeItems(d, [core.id]));
    expect(next.devices.some((d) => d.id === core.id)).toBe(false);
    expect(next.cables.some((c) => c.a.device === core.id || c.b.device === core.id)).toBe(false);
    expect(next.mlagPairs).toEqual([]);
    expect(next.lags.every((l) => l.members.every((m) => m.device !== core.id))).toBe(true);
    expect(checkReferences(next)).toEqual([]);
  });

  it('removing a cable leaves everything else', () => {
    const design = template();
    const next = edit(design, (d) => removeItems(d, [], [design.cables[0]!.id]));
    expect(next.cables).toHaveLength(design.cables.length - 1);
    expect(next.devices).toBe(design.devices);
  });
});

describe('copy and paste', () => {
  it('copies servers with their bonds, renames them and gives new ids', () => {
    const design = template();
    const servers = design.devices.filter((d) => d.role === 'server').map((d) => d.id);
    const clip = copyDevices(design, servers);
    let pasted: string[] = [];
    const next = edit(design, (d) => {
      pasted = pasteDevices(d, clip, { x: 40, y: 40 });
    });
    expect(pasted).toHaveLength(3);
    const copies = next.devices.filter((d) => pasted.includes(d.id));
    expect(copies.map((d) => d.hostname)).toEqual(['pve-04', 'pve-05', 'pve-06']);
    const bonds = next.lags.filter((l) => l.members.some((m) => pasted.includes(m.device)));
    expect(bonds).toHaveLength(clip.lags.length);
    expect(copies.every((d) => d.attachments.every((a) => a.address === undefined))).toBe(true);
    expect(checkReferences(next)).toEqual([]);
  });

  it('cables between copied devices come along; cables to the outside do not', () => {
    const design = template();
    const pair = design.devices.filter((d) => d.role === 'core-switch').map((d) => d.id);
    const clip = copyDevices(design, pair);
    const inside = design.cables.filter(
      (c) => pair.includes(c.a.device) && pair.includes(c.b.device),
    );
    expect(clip.cables).toHaveLength(inside.length);
    expect(inside.length).toBeGreaterThan(0);
    const next = edit(design, (d) => void pasteDevices(d, clip, { x: 0, y: 500 }));
    expect(next.cables).toHaveLength(design.cables.length + inside.length);
    expect(checkReferences(next)).toEqual([]);
  });
});

describe('LAGs and MLAG pairs', () => {
  it('a bond from two ports of a server; ports on two unpaired devices are refused', () => {
    const { design, core1, node } = rack();
    const ports = design.devices
      .find((d) => d.id === node)!
      .ports.filter((p) => p.type === '25gbase-x-sfp28');
    let result: ReturnType<typeof createLag> | undefined;
    const next = edit(design, (d) => {
      result = createLag(
        d,
        ports.slice(0, 2).map((p) => ({ device: node, port: p.name })),
      );
    });
    expect(result).toEqual({ id: 'lag-1' });
    expect(next.lags[0]).toMatchObject({ name: 'bond0', mode: 'lacp' });
    const mixed = [
      { device: node, port: ports[0]!.name },
      { device: core1, port: portOfType(design, core1, '25gbase-x-sfp28') },
    ];
    edit(design, (d) => {
      expect(createLag(d, mixed)).toEqual({
        problem: 'ports on two devices form a LAG only when they are an MLAG pair',
      });
    });
  });

  it('an MLAG pair of two switches, then an MLAG LAG across it', () => {
    const { design, core1, core2, node } = rack();
    const next = edit(design, (d) => {
      expect(createMlagPair(d, core1, core2)).toEqual({ id: 'mlag-1' });
      expect(createMlagPair(d, core1, node)).toMatchObject({ problem: expect.any(String) });
      const lag = createLag(d, [
        { device: core1, port: portOfType(design, core1, '25gbase-x-sfp28') },
        { device: core2, port: portOfType(design, core2, '25gbase-x-sfp28') },
      ]);
      expect(lag).toEqual({ id: 'lag-1' });
    });
    expect(next.lags[0]).toMatchObject({ mlagPair: 'mlag-1', name: 'Po1' });
    expect(checkReferences(next)).toEqual([]);
  });

  it('an HA pair of two firewalls, each in one pair at most', () => {
    const { design, core1 } = rack();
    const firewall = model('fortinet-fg-100f');
    const fw: string[] = [];
    const next = edit(design, (d) => {
      for (const x of [0, 300, 600]) fw.push(addDevice(d, firewall, { x, y: -300 }));
      expect(createHaPair(d, fw[0]!, fw[1]!)).toEqual({ id: 'ha-1' });
      expect(createHaPair(d, fw[1]!, fw[2]!)).toEqual({
        problem: 'one of these firewalls is already in an HA pair',
      });
      expect(createHaPair(d, fw[2]!, core1)).toEqual({
        problem: 'an HA pair is made of two firewalls',
      });
      expect(createHaPair(d, fw[2]!, fw[2]!)).toEqual({ problem: 'pick two different firewalls' });
    });
    expect(next.haPairs).toEqual([{ id: 'ha-1', firewalls: [fw[0], fw[1]] }]);
    expect(checkReferences(next)).toEqual([]);
  });
});

describe('align and distribute', () => {
  const boxes = new Map([
    ['a', { x: 0, y: 10, width: 100, height: 50 }],
    ['b', { x: 300, y: 40, width: 200, height: 80 }],
    ['c', { x: 120, y: 200, width: 100, height: 20 }],
  ]);

  it('aligns on the group edge or centre', () => {
    expect(Object.fromEntries(align(boxes, 'left'))).toEqual({
      a: { x: 0, y: 10 },
      b: { x: 0, y: 40 },
      c: { x: 0, y: 200 },
    });
    expect(align(boxes, 'right').get('a')).toEqual({ x: 400, y: 10 });
    expect(align(boxes, 'center').get('b')).toEqual({ x: 150, y: 40 });
    expect(align(boxes, 'bottom').get('a')).toEqual({ x: 0, y: 170 });
    expect(align(boxes, 'middle').get('c')).toEqual({ x: 120, y: 105 });
  });

  it('distributes with equal gaps, the outermost boxes staying put', () => {
    const spread = distribute(boxes, 'horizontal');
    // a [0,100], c [?], b [300,500]: free space 500 - 400 = 100, so gaps of 50.
    expect(spread.get('a')).toEqual({ x: 0, y: 10 });
    expect(spread.get('c')).toEqual({ x: 150, y: 200 });
    expect(spread.get('b')).toEqual({ x: 300, y: 40 });
    const two = new Map([...boxes].slice(0, 2));
    expect(Object.fromEntries(distribute(two, 'vertical'))).toEqual({
      a: { x: 0, y: 10 },
      b: { x: 300, y: 40 },
    });
  });
});
