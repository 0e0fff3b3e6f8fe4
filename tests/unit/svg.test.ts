import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NODE, designSvg, deviceBox, escapeXml } from '../../shared/export';
import { device, template } from '../support/rules';
import { generateDesign } from '../bench/generate';

const GOLDEN = 'tests/fixtures/golden/pve-hci-3node.svg';

describe('SVG export', () => {
  afterEach(() => vi.useRealTimers());

  it('is well-formed XML with every device and every cable of the design', () => {
    const d = template();
    const svg = designSvg(d);
    expect(XMLValidator.validate(svg)).toBe(true);
    for (const x of d.devices) {
      expect(svg).toContain(`data-device="${x.id}"`);
      expect(svg).toContain(`>${x.hostname}</text>`);
    }
    expect(svg.match(/data-cable="/g)).toHaveLength(d.cables.length);
    expect(svg).toContain('>MLAG pair core</text>');
    expect(svg).toContain('>Firewall HA pair</text>');
  });

  it('has a title block with name, revision, author and the validation summary', () => {
    const d = template();
    d.meta.revision = '7';
    d.meta.revisionDate = '2026-11-20';
    const svg = designSvg(d);
    expect(svg).toContain('>PVE HCI reference (3 nodes)</text>');
    expect(svg).toContain('Revision 7  ·  2026-11-20  ·  ClusterWire template');
    expect(svg).toContain('Validation: 0 errors · 0 warnings · 3 infos');
  });

  it('prints the design’s date, never the clock: the same design gives byte-identical SVG', () => {
    const first = designSvg(template());
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-02-03T04:05:06Z'));
    const later = designSvg(template());
    expect(later).toBe(first);
    expect(later).not.toContain('2031');
  });

  it('escapes text, so any hostname stays valid XML', () => {
    const d = template();
    device(d, 'node-1').hostname = '<pve & "01">';
    const svg = designSvg(d);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('&lt;pve &amp; &quot;01&quot;&gt;');
    expect(escapeXml(`a'b`)).toBe('a&apos;b');
  });

  it('has an overview mode (raster overviews too small to read labels): ports kept, labels and tooltips left out', () => {
    const d = template();
    const full = designSvg(d);
    const bare = designSvg(d, { overview: true });
    expect(XMLValidator.validate(bare)).toBe(true);
    expect(full.match(/font-size="7"/g)!.length).toBe(
      d.devices.reduce((k, x) => k + x.ports.length, 0),
    );
    expect(bare).not.toContain('font-size="7"');
    expect(bare.match(/<rect x="[^"]+" y="[^"]+" width="16" height="11"/g)!.length).toBe(
      full.match(/<rect x="[^"]+" y="[^"]+" width="16" height="11"/g)!.length,
    );
    expect(bare).toContain('>pve-01</text>');
    expect(bare).not.toContain('<title>N1-A');
    expect(full).toContain('<title>N1-A: OM4 fiber, 3 m');
  });

  it('frames the member ports of each LAG and names it, once per device it spans', () => {
    const svg = designSvg(template());
    // A server's bond sits on one device; an MLAG LAG and the peer link span both switches.
    expect(svg.match(/data-lag="lag-node1-bond0"/g)).toHaveLength(1);
    expect(svg.match(/data-lag="lag-core-node1"/g)).toHaveLength(2);
    expect(svg.match(/data-lag="lag-core-peer"/g)).toHaveLength(2);
    expect(svg).toContain('<title>LAG peerlink (lacp)</title>');
    expect(svg).toContain('>bond0</text>');
    expect(svg).toContain('>peerlink</text>');
    expect(svg).toContain('<title>LAG pve-01-bond0 (lacp, MLAG)</title>');
    expect(svg).not.toContain('>pve-01-bond0</text>');
  });

  it('shows only the cable media the design uses in the legend', () => {
    const svg = designSvg(template());
    expect(svg).toContain('>OM4 fiber</text>');
    expect(svg).toContain('>Cat6a</text>');
    expect(svg).not.toContain('>DAC (passive)</text>');
  });

  it('draws the whole design, wherever its devices are placed', () => {
    const d = template();
    d.layout.positions['node-3'] = { x: -900, y: 2500 };
    const svg = designSvg(d);
    const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number);
    expect(w).toBeGreaterThan(2000);
    expect(h).toBeGreaterThan(2500);
    expect(svg).toMatch(/<g transform="translate\(940 /);
  });

  it('draws long text clipped with an ellipsis, so its size depends on the design, not on one string', () => {
    const drawn = (hostname: string) => {
      const d = template();
      device(d, 'node-1').hostname = hostname;
      d.cables[0]!.label = hostname;
      d.lags[0]!.name = hostname;
      const svg = designSvg(d);
      expect(XMLValidator.validate(svg)).toBe(true);
      // Everything a rasterizer draws as text: what is outside <title> tooltips.
      const text = svg.replace(/<title>[^<]*<\/title>/g, '');
      return { svg, text };
    };
    const long = 'x'.repeat(100_000);
    const huge = drawn(long);
    const short = drawn('x'.repeat(1_000));
    expect(huge.text.length).toBe(short.text.length);
    expect(huge.text.length).toBeLessThan(drawn('pve-01').text.length + 500);
    expect(huge.text).toContain(`>${'x'.repeat(31)}…</text>`);
    // The full hostname stays, once, as the device's tooltip.
    expect(huge.svg.split(long)).toHaveLength(2);
    expect(huge.svg).toContain(`<g data-device="node-1">\n<title>${long}</title>`);
  });

  it('draws every cable from its port to its port, with its label at both ends', () => {
    const d = template();
    const svg = designSvg(d);
    const [, ox, oy] = /<g transform="translate\(([\d.-]+) ([\d.-]+)\)">/.exec(svg)!.map(Number);
    for (const cable of d.cables) {
      const path = new RegExp(`<path d="([^"]+)"[^>]*data-cable="${cable.id}"`).exec(svg)![1]!;
      const points = [...path.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m): [number, number] => [
        Number(m[1]),
        Number(m[2]),
      ]);
      for (const [end, point] of [
        [cable.a, points[0]!],
        [cable.b, points[points.length - 1]!],
      ] as const) {
        const at = d.layout.positions[end.device]!;
        const box = deviceBox(device(d, end.device));
        const slot = box.ports.find((p) => p.name === end.port)!;
        // On the jack's top or bottom edge, at its centre.
        expect(point[0]).toBeCloseTo(at.x + slot.x, 1);
        expect(Math.abs(point[1] - (at.y + slot.y))).toBeCloseTo(NODE.jackH / 2, 1);
      }
      if (cable.label) expect(svg.split(`>${cable.label}</text>`).length - 1, cable.label).toBe(2);
    }
    expect(ox).toBeGreaterThan(0);
    expect(oy).toBeGreaterThan(0);
  });

  it('matches the reviewed golden file (UPDATE_GOLDEN=1 to regenerate after a reviewed change)', () => {
    const svg = designSvg(template());
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, svg);
    expect(existsSync(GOLDEN), `${GOLDEN} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(
      true,
    );
    expect(svg).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

describe('a very large design', () => {
  it('draws 20,000 devices without overflowing the stack (no design-sized argument spreading)', () => {
    const svg = designSvg(generateDesign({ devices: 20_000 }), { overview: true });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.endsWith('</svg>\n') || svg.endsWith('</svg>')).toBe(true);
  }, 60_000);
});
