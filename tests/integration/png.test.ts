import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { designSvg } from '../../shared/export';
import { serializeDesign } from '../../shared/format';
import { MAX_PNG_PIXELS, PngTooLargeError, rasterize, renderPng } from '../../main/services/png';
import { encodePng } from '../../main/services/pngEncode';
import { CLI } from '../support/cli';
import { pngPixels } from '../support/pngPixels';
import { template } from '../support/rules';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('PNG export (resvg, bundled Inter)', () => {
  const svg = designSvg(template());
  const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.map(Number);

  it('has the SVG size times the scale', () => {
    expect(pngSize(renderPng(svg))).toEqual({ width: Math.ceil(w!), height: Math.ceil(h!) });
    expect(pngSize(renderPng(svg, { scale: 2 }))).toEqual({
      width: Math.ceil(w! * 2),
      height: Math.ceil(h! * 2),
    });
    expect(() => renderPng(svg, { scale: 5 })).toThrow(RangeError);
  });

  it('draws something inside every device (text and ports), on a white background', () => {
    const { width, pixels } = rasterize(svg);
    const [, ox, oy] = /<g transform="translate\(([\d.-]+) ([\d.-]+)\)">/.exec(svg)!.map(Number);
    const boxes = [
      ...svg.matchAll(
        /<g data-device="[^"]+">\n(?:<title>[^<]*<\/title>\n)?<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g,
      ),
    ];
    expect(boxes).toHaveLength(8);
    for (const [, x, y, bw, bh] of boxes) {
      let ink = 0;
      for (let py = Math.ceil(oy! + Number(y) + 6); py < oy! + Number(y) + Number(bh) - 2; py++) {
        for (let px = Math.ceil(ox! + Number(x) + 2); px < ox! + Number(x) + Number(bw) - 2; px++) {
          const i = (py * width + px) * 4;
          if (pixels[i]! < 200 || pixels[i + 1]! < 200 || pixels[i + 2]! < 200) ink++;
        }
      }
      expect(ink, `device at ${x},${y}`).toBeGreaterThan(150);
    }
    expect([...pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });

  it('can leave the background transparent', () => {
    const { pixels } = rasterize(designSvg(template(), { background: 'transparent' }));
    expect(pixels[3]).toBe(0);
  });

  it('refuses past the pixel cap, naming the largest scale that fits', () => {
    const d = template();
    d.layout.positions['node-3'] = { x: 6000, y: 4000 };
    const big = designSvg(d);
    let error: unknown;
    try {
      renderPng(big, { scale: 4 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PngTooLargeError);
    const e = error as PngTooLargeError;
    expect(e.message).toMatch(/megapixel limit; the largest scale that fits is \d(\.\d+)?/);
    expect(e.largestScale).not.toBeNull();
    expect(() => renderPng(big, { scale: e.largestScale! })).not.toThrow();
    expect(e.width * e.height).toBeGreaterThan(MAX_PNG_PIXELS);
    // Renders a PNG at the 64-megapixel cap: seconds alone, more on a loaded machine.
  }, 60_000);

  it('draws an overview (no unreadable small text) below the legible scale, a full diagram above', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-png-'));
    try {
      writeFileSync(join(dir, 'd.clusterwire'), serializeDesign(template()));
      const run = (scale: string) =>
        spawnSync(
          process.execPath,
          [CLI, 'export', 'd.clusterwire', '--png', `${scale}.png`, '--scale', scale],
          { cwd: dir, encoding: 'utf8' },
        );
      expect(run('0.5').status).toBe(0);
      expect(run('1').status).toBe(0);
      expect(
        readFileSync(join(dir, '0.5.png')).equals(
          renderPng(designSvg(template(), { overview: true }), { scale: 0.5 }),
        ),
      ).toBe(true);
      expect(
        readFileSync(join(dir, '1.png')).equals(renderPng(designSvg(template()), { scale: 1 })),
      ).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('gives identical bytes from two processes with different time zones and locales', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-png-'));
    try {
      writeFileSync(join(dir, 'd.clusterwire'), serializeDesign(template()));
      const run = (out: string, env: NodeJS.ProcessEnv) =>
        spawnSync(process.execPath, [CLI, 'export', 'd.clusterwire', '--png', out], {
          cwd: dir,
          env: { ...process.env, ...env },
          encoding: 'utf8',
        });
      expect(run('a.png', { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' }).status).toBe(0);
      expect(
        run('b.png', { TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' }).status,
      ).toBe(0);
      const a = readFileSync(join(dir, 'a.png'));
      expect(a.length).toBeGreaterThan(10_000);
      expect(a.equals(readFileSync(join(dir, 'b.png')))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  // Our PNG writer (pngEncode.ts) read back by another decoder: resvg's, through an <image>.
  describe('the PNG file', () => {
    const decoded = (png: Buffer, width: number, height: number) =>
      new Resvg(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`,
      ).render().pixels;

    it('holds the rendered pixels, semi-transparent edges included', () => {
      const raster = rasterize(designSvg(template(), { background: 'transparent' }));
      const back = decoded(raster.png, raster.width, raster.height);
      let semi = 0;
      let off = 0;
      for (let i = 0; i < back.length; i++) {
        const alpha = raster.pixels[i - (i % 4) + 3]!;
        if (alpha > 0 && alpha < 255) semi++;
        // Straight alpha in the file, premultiplied again on reading: at most one step off.
        if (Math.abs(back[i]! - raster.pixels[i]!) > (alpha === 255 ? 0 : 1)) off++;
      }
      expect(semi).toBeGreaterThan(1000);
      expect(off).toBe(0);
    });

    it('holds the very pixels resvg’s own encoder writes, for every alpha and colour', () => {
      // Every alpha (rows) over every colour value (columns), on each of the three channels.
      const stops = Array.from({ length: 256 }, (_, a) =>
        Array.from(
          { length: 256 },
          (_, c) =>
            `<rect x="${c}" y="${a}" width="1" height="1" fill="rgb(${c},${255 - c},${(c * 7) % 256})" fill-opacity="${(a / 255).toFixed(4)}"/>`,
        ).join(''),
      ).join('');
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256">${stops}</svg>`;
      const image = new Resvg(svg).render();
      const ours = pngPixels(encodePng(image.width, image.height, image.pixels));
      const theirs = pngPixels(image.asPng());
      expect(ours.width).toBe(256);
      let differ = 0;
      for (let i = 0; i < ours.rgba.length; i++) if (ours.rgba[i] !== theirs.rgba[i]) differ++;
      expect(differ).toBe(0);
    });

    it('is refused by the decoder when a byte of its image data is damaged', () => {
      const raster = rasterize(designSvg(template()));
      const damaged = Buffer.from(raster.png);
      const at = damaged.length - 20;
      damaged[at] = damaged[at]! ^ 0xff;
      const back = decoded(damaged, raster.width, raster.height);
      // The image is dropped (its chunk checksum fails), leaving the page clear.
      expect(back.some((v) => v !== 0)).toBe(false);
      expect(decoded(raster.png, raster.width, raster.height).some((v) => v !== 0)).toBe(true);
    });
  });
});
