import fc from 'fast-check';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  containerlabTopology,
  drawioXml,
  importDeviceType,
  netboxExport,
} from '../../shared/interop';
import { designArb } from '../support/arbitraries';

/**
 * Whatever a design holds (names with markup, control characters, ports cabled twice), the
 * exports stay readable by the tools they are for.
 */
describe('interop exports of any design (property)', () => {
  it('draw.io: well-formed XML whose edges all end at vertices', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    fc.assert(
      fc.property(designArb, (design) => {
        const xml = drawioXml(design);
        expect(XMLValidator.validate(xml)).toBe(true);
        const doc = parser.parse(xml) as {
          mxfile: { diagram: { mxGraphModel: { root: { mxCell: Record<string, string>[] } } } };
        };
        const cells = [doc.mxfile.diagram.mxGraphModel.root.mxCell].flat();
        const ids = new Set(cells.map((c) => c.id));
        expect(ids.size).toBe(cells.length);
        for (const c of cells.filter((x) => x.edge === '1')) {
          expect(ids.has(c.source!)).toBe(true);
          expect(ids.has(c.target!)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('containerlab: YAML whose link endpoints are nodes of the file, each interface used once', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const doc = parseYaml(containerlabTopology(design).yaml) as {
          topology: { nodes: Record<string, unknown>; links?: { endpoints: string[] }[] };
        };
        const used = new Set<string>();
        for (const link of doc.topology.links ?? [])
          for (const endpoint of link.endpoints) {
            const cut = endpoint.lastIndexOf(':');
            expect(Object.hasOwn(doc.topology.nodes, endpoint.slice(0, cut))).toBe(true);
            expect(used.has(endpoint)).toBe(false);
            used.add(endpoint);
          }
      }),
      { numRuns: 150 },
    );
  });

  it('NetBox: every CSV is rectangular, and every device type imports back', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        for (const file of netboxExport(design).files) {
          if (file.path.endsWith('.csv')) {
            const rows = parseCsv(file.text) as string[][];
            for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
            const unique = new Set(design.devices.map((d) => d.hostname)).size;
            if (file.path === '8-cables.csv' && unique === design.devices.length) {
              // NetBox takes one cable per termination.
              const ends = rows.slice(1).flatMap((r) => [`${r[0]}|${r[2]}`, `${r[3]}|${r[5]}`]);
              expect(new Set(ends).size).toBe(ends.length);
            }
          } else if (file.path.endsWith('.yaml')) {
            const back = importDeviceType(file.text, { role: 'other' });
            expect(back.ok ? [] : back.problems).toEqual([]);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
