import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../../shared/catalog';
import {
  BOM_COLUMNS,
  bomCsv,
  buildBom,
  neutralise,
  orderableLength,
  transceiverFor,
} from '../../shared/export';
import { addCable, cable, device, port, template } from '../support/rules';

const qty = (lines: ReturnType<typeof buildBom>, model: string, description?: string) =>
  lines
    .filter(
      (l) => l.model === model && (description === undefined || l.description === description),
    )
    .reduce((n, l) => n + l.quantity, 0);

describe('BOM of the reference template, against a hand count', () => {
  const bom = buildBom(template());

  it('counts devices by model', () => {
    expect(qty(bom, 'FortiGate 100F')).toBe(2);
    expect(qty(bom, 'Spectrum SN2010')).toBe(2);
    expect(qty(bom, 'Instant On 1930 24G 4SFP/SFP+')).toBe(1);
    expect(qty(bom, 'PowerEdge R660')).toBe(3);
  });

  it('lists the NIC option each server carries', () => {
    expect(qty(bom, 'OCP 3.0 Broadcom 57414 2 x 25GbE SFP28')).toBe(3);
    expect(bom.filter((l) => l.category === 'NIC')).toHaveLength(1);
  });

  it('counts one optic per fiber end, matched to cage, link speed and fiber type', () => {
    // 2 peer links at 100G -> 4 SR4; 4 firewall links + 2 mgmt uplinks at 10G -> 12 SFP+ SR
    // (the SFP28 ends run at 10G too); 6 server links at 25G -> 12 SFP28 SR.
    expect(qty(bom, '100GBASE-SR4 QSFP28')).toBe(4);
    expect(qty(bom, '10GBASE-SR SFP+')).toBe(12);
    expect(qty(bom, '25GBASE-SR SFP28')).toBe(12);
    expect(bom.filter((l) => l.category === 'Transceiver')).toHaveLength(3);
  });

  it('counts cables by media and orderable length', () => {
    expect(qty(bom, 'Cat6a patch cable', 'Cat6a patch cable, 1 m')).toBe(2); // HA links
    expect(qty(bom, 'Cat6a patch cable', 'Cat6a patch cable, 3 m')).toBe(10); // 2 fw + 2 core + 3 eno1 + 3 iDRAC
    const om4 = 'OM4 multimode fiber patch (LC/LC or MPO)';
    expect(qty(bom, om4, `${om4}, 1 m`)).toBe(2); // peer link
    expect(qty(bom, om4, `${om4}, 3 m`)).toBe(12); // 4 firewall + 2 uplinks + 6 servers
    expect(bom.find((l) => l.description === `${om4}, 3 m`)!.partNumber).toBe('FIB-OM4-3M');
  });

  it('lists categories in a fixed order, devices first and cables last', () => {
    const order = [...new Set(bom.map((l) => l.category))];
    expect(order).toEqual([
      'Firewall',
      'Core switch',
      'Management switch',
      'Server',
      'NIC',
      'Transceiver',
      'Cable',
    ]);
  });
});

describe('BOM rules', () => {
  it('rounds lengths up to the next orderable size and says so', () => {
    const spec = BUILTIN_CATALOG.media.find((m) => m.media === 'dac-passive')!;
    expect([0.3, 0.5, 1.2, 2.5, 7].map((l) => orderableLength(spec, l))).toEqual([
      0.5, 0.5, 1.5, 3, 7,
    ]);
    expect(orderableLength(spec, 7.5)).toBeNull();
    const d = template();
    cable(d, 'cab-node1-core1').lengthM = 2.2;
    const line = buildBom(d).find(
      (l) => l.description === 'OM4 multimode fiber patch (LC/LC or MPO), 3 m',
    )!;
    expect(line.quantity).toBe(12);
    expect(line.notes).toBe('includes runs rounded up to this orderable length');
  });

  it('says "custom length" beyond the largest orderable size', () => {
    const d = template();
    cable(d, 'cab-node1-core1').lengthM = 80;
    const line = buildBom(d).find((l) => l.description.endsWith('80 m'))!;
    expect(line).toMatchObject({
      quantity: 1,
      notes: 'custom length: beyond the largest orderable 50 m',
    });
  });

  it('needs no optics for DAC/AOC, LR optics for single-mode, and BASE-T modules for copper in SFP cages', () => {
    const d = template();
    cable(d, 'cab-node1-core1').media = 'dac-passive';
    cable(d, 'cab-node2-core1').media = 'smf-os2';
    const c = cable(d, 'cab-node3-core1');
    c.media = 'cat6a';
    port(d, 'node-3', 'ens1f0').config = { module: 'base-t' };
    port(d, 'core-1', 'swp3').config = { module: 'base-t' };
    const bom = buildBom(d);
    expect(qty(bom, '25GBASE-SR SFP28')).toBe(6);
    expect(qty(bom, '25GBASE-LR SFP28')).toBe(2);
    expect(qty(bom, '10GBASE-T SFP+')).toBe(2);
    expect(transceiverFor(BUILTIN_CATALOG, 'SFP28', 10, 'mmf')!.partNumber).toBe('SFP-10G-SR');
    expect(transceiverFor(BUILTIN_CATALOG, 'QSFP28', 40, 'mmf')!.partNumber).toBe('QSFP-40G-SR4');
  });

  it('reports fiber ends no catalog optic matches instead of dropping them', () => {
    const d = template();
    addCable(d, 'odd', ['fw-1', 'port17'], ['core-1', 'swp19'], 'mmf-om4'); // 1G SFP to QSFP28: no common speed
    const line = buildBom(d).find((l) => l.model === 'Unresolved optics')!;
    expect(line.quantity).toBe(2);
    expect(line.notes).toContain('odd at fw-01 port17');
  });
});

describe('BOM CSV', () => {
  it('parses back with a CSV library to the same rows', () => {
    const d = template();
    const rows = parse(bomCsv(d), { columns: false }) as string[][];
    expect(rows[0]).toEqual([...BOM_COLUMNS]);
    const lines = buildBom(d);
    expect(rows.slice(1)).toEqual(
      lines.map((l) => [
        l.category,
        l.manufacturer,
        l.model,
        l.partNumber,
        l.description,
        String(l.quantity),
        l.unit,
        l.notes,
      ]),
    );
  });

  it('neutralises formula injection (OWASP): a hostile model name comes out as text', () => {
    const d = template();
    device(d, 'fw-1').model.name = '=HYPERLINK("http://evil.example","click")';
    device(d, 'fw-2').model.name = '+cmd|calc';
    const text = bomCsv(d);
    const rows = parse(text) as string[][];
    expect(rows.some((r) => r[2] === `'=HYPERLINK("http://evil.example","click")`)).toBe(true);
    expect(rows.some((r) => r[2] === `'+cmd|calc`)).toBe(true);
    for (const bad of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutralise(`${bad}x`)).toBe(`'${bad}x`);
    expect(neutralise('a=b')).toBe('a=b');
  });

  it('has an Excel-friendly variant: UTF-8 byte-order mark, ";" and CRLF', () => {
    const text = bomCsv(template(), { excel: true });
    expect(text.startsWith('\ufeffcategory;manufacturer;')).toBe(true);
    expect(text).toContain('\r\n');
    const rows = parse(text.slice(1), { delimiter: ';' }) as string[][];
    expect(rows[1]![0]).toBe('Firewall');
  });
});
