import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, mergeCatalogs } from '../../shared/catalog';
import {
  BOM_COLUMNS,
  bomCsv,
  buildBom,
  neutralise,
  orderableLength,
  transceiverFor,
} from '../../shared/export';
import type { Design } from '../../shared/model';
import { addCable, cable, device, port, template } from '../support/rules';

type Bom = ReturnType<typeof buildBom>;

const qty = (lines: Bom, model: string, description?: string) =>
  lines
    .filter(
      (l) => l.model === model && (description === undefined || l.description === description),
    )
    .reduce((n, l) => n + l.quantity, 0);

const line = (lines: Bom, description: string) => {
  const found = lines.find((l) => l.description === description);
  if (!found) throw new Error(`no BOM line "${description}"`);
  return found;
};

const OM4 = 'OM4 multimode fiber patch cord';
const LC_3M = `${OM4}, LC duplex to LC duplex, 3 m`;
const MPO_1M = `${OM4}, MPO-12 to MPO-12, 1 m`;

/** The CSV's rows: the key/value header, the empty row, then the table (column row first). */
function csvParts(text: string) {
  const rows = parse(text) as string[][];
  const blank = rows.findIndex((r) => r.every((c) => c === ''));
  return { header: rows.slice(0, blank), table: rows.slice(blank + 1) };
}

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
    const optics = bom.filter((l) => l.category === 'Transceiver');
    expect(optics).toHaveLength(3);
    const fiberRuns = template().cables.filter((c) => c.media.startsWith('mmf-')).length;
    expect(optics.reduce((n, l) => n + l.quantity, 0)).toBe(2 * fiberRuns);
  });

  it('says optics may need vendor coding, and for whose cages', () => {
    const sfpp = bom.find((l) => l.model === '10GBASE-SR SFP+')!;
    expect(sfpp.notes).toBe(
      'one per fiber end; switch and firewall vendors may require coded optics: ' +
        'order coded for NVIDIA 6, Fortinet 4, HPE Aruba Networking 2',
    );
    for (const l of bom.filter((x) => x.category === 'Transceiver'))
      expect(l.notes).toContain('may require coded optics');
  });

  it('counts cables by media, connector and orderable length', () => {
    expect(qty(bom, 'Cat6a patch cable', 'Cat6a patch cable, RJ45 to RJ45, 1 m')).toBe(2); // HA links
    expect(qty(bom, 'Cat6a patch cable', 'Cat6a patch cable, RJ45 to RJ45, 3 m')).toBe(10); // 2 fw + 2 core + 3 eno1 + 3 iDRAC
    // The 100G-SR4 peer link runs on parallel optics: MPO-12 trunks, not LC duplex cords.
    expect(qty(bom, OM4, MPO_1M)).toBe(2);
    expect(line(bom, MPO_1M).notes).toBe(
      'MPO-12 female to female, polarity type B (optic to optic)',
    );
    expect(qty(bom, OM4, LC_3M)).toBe(12); // 4 firewall + 2 uplinks + 6 servers
    expect(bom.filter((l) => l.category === 'Cable')).toHaveLength(4);
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

describe('BOM cable lines are different products', () => {
  /** The reference design with its peer link and server uplinks on passive DAC, all 1 m. */
  function dacVariant(): Design {
    const d = template();
    for (const c of d.cables.filter((x) => /^cab-(peer-|node\d+-core)/.test(x.id))) {
      c.media = 'dac-passive';
      c.lengthM = 1;
    }
    return d;
  }

  it('a 100G QSFP28 DAC and a 25G SFP28 DAC of one length are two lines', () => {
    const d = dacVariant();
    expect(d.cables.filter((c) => c.media === 'dac-passive')).toHaveLength(8);
    const bom = buildBom(d);
    const dacs = bom.filter((l) => l.model === 'Passive DAC');
    expect(dacs.map((l) => [l.description, l.quantity])).toEqual([
      ['Passive DAC, QSFP28 to QSFP28, 100G, 1 m', 2], // the peer link
      ['Passive DAC, SFP28 to SFP28, 25G, 1 m', 6], // two per server
    ]);
    expect(dacs.every((l) => l.partNumber === '' && l.notes === '')).toBe(true);
  });

  it('DAC ends need no optics: only the fiber runs left still count two each', () => {
    const bom = buildBom(dacVariant());
    expect(qty(bom, '100GBASE-SR4 QSFP28')).toBe(0);
    expect(qty(bom, '25GBASE-SR SFP28')).toBe(0);
    expect(qty(bom, '10GBASE-SR SFP+')).toBe(12); // 6 fiber runs at 10G, two ends each
    expect(qty(bom, OM4, LC_3M)).toBe(6);
    expect(qty(bom, OM4, MPO_1M)).toBe(0);
  });

  it('a DAC takes the plug of the link speed: an SFP28 cage at 10G gets an SFP+ cable', () => {
    const d = template();
    cable(d, 'cab-fw1-core1').media = 'dac-passive'; // FortiGate x1 (SFP+) to SN2010 SFP28
    const bom = buildBom(d);
    expect(line(bom, 'Passive DAC, SFP+ to SFP+, 10G, 3 m').quantity).toBe(1);
  });

  it('fiber cords take the connector of their optics: LR4 on OS2 is LC duplex', () => {
    const d = template();
    cable(d, 'cab-peer-1').media = 'smf-os2';
    cable(d, 'cab-peer-2').media = 'smf-os2';
    const bom = buildBom(d);
    expect(qty(bom, '100GBASE-LR4 QSFP28')).toBe(4);
    expect(
      line(bom, 'OS2 single-mode fiber patch cord, LC duplex to LC duplex, 1 m').quantity,
    ).toBe(2);
    expect(qty(bom, OM4, MPO_1M)).toBe(0);
  });

  it('40G-SR4 on OM3 is MPO-12 too', () => {
    const d = template();
    for (const id of ['cab-peer-1', 'cab-peer-2']) cable(d, id).media = 'mmf-om3';
    for (const sw of ['core-1', 'core-2'])
      for (const p of ['swp21', 'swp22']) port(d, sw, p).speeds = [40];
    const bom = buildBom(d);
    expect(qty(bom, '40GBASE-SR4 QSFP+')).toBe(4);
    expect(line(bom, 'OM3 multimode fiber patch cord, MPO-12 to MPO-12, 1 m').quantity).toBe(2);
  });
});

describe('BOM part numbers', () => {
  // The shapes of the placeholders the built-in catalog once carried, and SKU-like optic names.
  const PLACEHOLDER = /^(DAC-[PA]|AOC|CAT6A?-PATCH|FIB-O[MS]\d|Q?SFP(28)?-\d+G-)/i;

  it('never prints a placeholder or a made-up part number', () => {
    const d = template();
    cable(d, 'cab-node1-core1').media = 'dac-passive';
    cable(d, 'cab-node2-core1').media = 'smf-os2';
    for (const l of buildBom(d)) expect(l.partNumber, l.description).not.toMatch(PLACEHOLDER);
  });

  it('prints only the real manufacturer part numbers the catalog states', () => {
    const bom = buildBom(template());
    const byModel = (model: string) => bom.find((l) => l.model === model)!.partNumber;
    expect(byModel('FortiGate 100F')).toBe('FG-100F');
    expect(byModel('Spectrum SN2010')).toBe('MSN2010-CB2F');
    expect(byModel('Instant On 1930 24G 4SFP/SFP+')).toBe('JL682A');
    expect(byModel('PowerEdge R660')).toBe(''); // configured to order: no single SKU
    for (const l of bom.filter((x) => ['Transceiver', 'Cable', 'NIC'].includes(x.category)))
      expect(l.partNumber, l.description).toBe('');
  });

  it('describes cables and optics honestly where no part number exists', () => {
    const bom = buildBom(template());
    expect(bom.find((l) => l.model === '25GBASE-SR SFP28')!.description).toBe(
      '25G, multimode, 850 nm, LC duplex',
    );
    expect(bom.find((l) => l.model === '100GBASE-SR4 QSFP28')!.description).toBe(
      '100G, multimode, 850 nm, parallel optics, MPO-12',
    );
  });

  it("prints a user catalog's own part numbers as given, never extended", () => {
    const sr = BUILTIN_CATALOG.transceivers.find((t) => t.id === 'sfp28-25g-sr')!;
    const om4 = BUILTIN_CATALOG.media.find((m) => m.media === 'mmf-om4')!;
    const catalog = mergeCatalogs(BUILTIN_CATALOG, {
      catalogVersion: 1,
      models: [],
      media: [{ ...om4, partNumber: 'ACME-OM4-LC' }],
      transceivers: [{ ...sr, partNumber: 'ACME-25G-SR' }],
    });
    const bom = buildBom(template(), catalog);
    expect(bom.find((l) => l.model === '25GBASE-SR SFP28')!.partNumber).toBe('ACME-25G-SR');
    expect(line(bom, LC_3M).partNumber).toBe('ACME-OM4-LC');
    expect(line(bom, MPO_1M).partNumber).toBe('ACME-OM4-LC');
  });

  it('the built-in media and optics carry no part numbers at all', () => {
    expect(BUILTIN_CATALOG.media.filter((m) => m.partNumber !== undefined)).toEqual([]);
    expect(BUILTIN_CATALOG.transceivers.filter((t) => t.partNumber !== undefined)).toEqual([]);
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
    const rounded = line(buildBom(d), LC_3M);
    expect(rounded.quantity).toBe(12);
    expect(rounded.notes).toBe('includes runs rounded up to this orderable length');
  });

  it('says "custom length" beyond the largest orderable size', () => {
    const d = template();
    cable(d, 'cab-node1-core1').lengthM = 80;
    const custom = buildBom(d).find((l) => l.description.endsWith('80 m'))!;
    expect(custom).toMatchObject({
      description: `${OM4}, LC duplex to LC duplex, 80 m`,
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
    expect(bom.find((l) => l.model === '10GBASE-T SFP+')!.notes).toMatch(
      /^one per RJ45 run into an SFP cage; .*coded for Dell 1, NVIDIA 1$/,
    );
    expect(transceiverFor(BUILTIN_CATALOG, 'SFP28', 10, 'mmf')!.id).toBe('sfpp-10g-sr');
    expect(transceiverFor(BUILTIN_CATALOG, 'QSFP28', 40, 'mmf')!.id).toBe('qsfpp-40g-sr4');
  });

  it('reports fiber ends no catalog optic matches instead of dropping them', () => {
    const d = template();
    addCable(d, 'odd', ['fw-1', 'port17'], ['core-1', 'swp19'], 'mmf-om4'); // 1G SFP to QSFP28: no common speed
    const bom = buildBom(d);
    const unresolved = bom.find((l) => l.model === 'Unresolved optics')!;
    expect(unresolved.quantity).toBe(2);
    // Named by its ends: the cable has no label, and its id appears nowhere on screen.
    expect(unresolved.notes).toContain('fw-01:port17 ↔ core-01:swp19 at fw-01 port17');
    // Its cord cannot name a connector until the optics are known.
    expect(line(bom, `${OM4}, connectors to match the optics, 3 m`).quantity).toBe(1);
  });

  it('marks a cable line estimated when any of its cables has an estimated length', () => {
    const d = template();
    cable(d, 'cab-node1-core1').lengthEstimated = true;
    cable(d, 'cab-node2-core2').lengthEstimated = true;
    const bom = buildBom(d);
    expect(line(bom, LC_3M)).toMatchObject({
      lengthEstimated: true,
      notes: '2 of 12 lengths estimated: measure before ordering',
    });
    expect(line(bom, MPO_1M).lengthEstimated).toBe(false);
    for (const l of bom.filter((x) => x.category !== 'Cable')) expect(l.lengthEstimated).toBeNull();
  });

  it('an estimated custom length says both', () => {
    const d = template();
    const c = cable(d, 'cab-node1-core1');
    c.lengthM = 80;
    c.lengthEstimated = true;
    const custom = buildBom(d).find((l) => l.description.endsWith('80 m'))!;
    expect(custom).toMatchObject({
      lengthEstimated: true,
      notes:
        'custom length: beyond the largest orderable 50 m; 1 of 1 lengths estimated: measure before ordering',
    });
  });
});

describe('BOM CSV', () => {
  it('opens with the design name, revision and revision date, then an empty row', () => {
    const d = template();
    d.meta.name = 'Rack A, PVE cluster';
    d.meta.revision = '3b';
    d.meta.revisionDate = '2025-03-14';
    const { header, table } = csvParts(bomCsv(d));
    const pad = (k: string, v: string) => [k, v, ...Array<string>(BOM_COLUMNS.length - 2).fill('')];
    expect(header).toEqual([
      pad('document', 'ClusterWire bill of materials'),
      pad('design', 'Rack A, PVE cluster'),
      pad('revision', '3b'),
      pad('revision date', '2025-03-14'),
    ]);
    expect(table[0]).toEqual([...BOM_COLUMNS]);
  });

  it('says when the revision date is not set, rather than printing the clock', () => {
    const { header } = csvParts(bomCsv(template()));
    expect(header[3]!.slice(0, 2)).toEqual(['revision date', 'not set']);
  });

  it('parses back with a CSV library to the same rows, every row as wide as the table', () => {
    const d = template();
    cable(d, 'cab-node1-core1').lengthEstimated = true;
    const text = bomCsv(d);
    expect((parse(text) as string[][]).every((r) => r.length === BOM_COLUMNS.length)).toBe(true);
    const { table } = csvParts(text);
    const lines = buildBom(d);
    expect(table.slice(1)).toEqual(
      lines.map((l) => [
        l.category,
        l.manufacturer,
        l.model,
        l.partNumber,
        l.description,
        String(l.quantity),
        l.unit,
        l.lengthEstimated === null ? '' : l.lengthEstimated ? 'yes' : 'no',
        l.notes,
      ]),
    );
    const estimated = BOM_COLUMNS.indexOf('length estimated');
    expect(table.find((r) => r[4] === LC_3M)![estimated]).toBe('yes');
    expect(table.find((r) => r[4] === MPO_1M)![estimated]).toBe('no');
    expect(table.find((r) => r[2] === 'FortiGate 100F')![estimated]).toBe('');
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
    // After leading white space, and in full-width forms, a formula is still a formula.
    for (const bad of [' =1+1', '\u00a0+1', '\u3000=1', '\uFF1D1+1', '\uFF0B1', '  @x'])
      expect(neutralise(bad)).toBe(`'${bad}`);
  });

  it('quotes line breaks, quotes and both separators, so no cell starts a new row or column', () => {
    for (const excel of [false, true]) {
      const d = template();
      device(d, 'fw-1').model.name = 'a\rb';
      device(d, 'fw-2').model.name = 'c\r\nd';
      device(d, 'core-1').model.name = ';=1+1';
      device(d, 'core-2').model.name = 'e,f"g';
      const text = bomCsv(d, { excel });
      const rows = parse(excel ? text.slice(1) : text, {
        delimiter: excel ? ';' : ',',
        relax_column_count: true,
      }) as string[][];
      const width = rows.find((r) => r[0] === 'category')!.length;
      for (const row of rows) expect(row.length, JSON.stringify(row)).toBe(width);
      const models = rows.map((r) => r[2]);
      for (const name of ['a\rb', 'c\r\nd', ';=1+1', 'e,f"g']) expect(models).toContain(name);
      // A comma file read with semicolons (a semicolon locale) keeps ";=1+1" in one quoted cell.
      if (!excel) expect(text).toContain('";=1+1"');
    }
  });

  it('neutralises a hostile design name or revision in the header rows too', () => {
    const d = template();
    d.meta.name = '=cmd|" /C calc"!A0';
    d.meta.revision = '@SUM(1+1)';
    const { header } = csvParts(bomCsv(d));
    expect(header[1]![1]).toBe(`'=cmd|" /C calc"!A0`);
    expect(header[2]![1]).toBe(`'@SUM(1+1)`);
  });

  it('has an Excel-friendly variant: UTF-8 byte-order mark, ";" and CRLF', () => {
    const text = bomCsv(template(), { excel: true });
    expect(text.startsWith('\ufeffdocument;ClusterWire bill of materials;')).toBe(true);
    expect(text).toContain('\r\ncategory;manufacturer;');
    expect(text).toContain('\r\n');
    const rows = parse(text.slice(1), { delimiter: ';' }) as string[][];
    const columns = rows.findIndex((r) => r[0] === 'category');
    expect(rows[columns + 1]![0]).toBe('Firewall');
  });
});
