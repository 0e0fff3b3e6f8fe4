import { crc32, deflateSync } from 'node:zlib';

// resvg-js can write the PNG itself (`asPng`), but with fixed settings that took 0.9-1.4 s of the
// 2.4-3.7 s a 1,000-device overview (64 megapixels) took to export. zlib at level 1 with no row
// filter writes the same image in about a third of that, and the file is about 10% larger. pngjs
// and fast-png were measured too: slower than resvg's own encoder (docs/decisions.md).

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** IHDR: 8 bits per channel, colour type 6 (RGBA), deflate, no filter method, no interlace. */
const BIT_DEPTH = 8;
const COLOUR_RGBA = 6;
/** The filter byte each row starts with: "None". */
const NO_FILTER = 0;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, tail]);
}

/**
 * resvg draws with premultiplied alpha; PNG stores straight alpha. Pixels that are neither
 * opaque nor clear are turned back in [start, end) of `bytes`, rounded as resvg's own PNG
 * writer rounds (a test compares every alpha with it), so both write the same pixels.
 */
function demultiply(bytes: Buffer, start: number, end: number): void {
  for (let i = start; i < end; i += 4) {
    const alpha = bytes[i + 3]!;
    if (alpha === 255 || alpha === 0) continue;
    // Divided by the alpha as a fraction, as resvg does: multiplying by its inverse rounds
    // differently for some pairs.
    const fraction = alpha / 255;
    bytes[i] = Math.floor(bytes[i]! / fraction + 0.5);
    bytes[i + 1] = Math.floor(bytes[i + 1]! / fraction + 0.5);
    bytes[i + 2] = Math.floor(bytes[i + 2]! / fraction + 0.5);
  }
}

/**
 * A PNG of premultiplied RGBA pixels (8 bits a channel, row by row, as resvg renders them):
 * rows unfiltered, compressed by zlib at level 1.
 */
export function encodePng(width: number, height: number, premultiplied: Buffer): Buffer {
  const stride = width * 4;
  if (premultiplied.byteLength !== stride * height)
    throw new RangeError(`expected ${stride * height} bytes of pixels for ${width} x ${height}`);
  const rows = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    rows[row] = NO_FILTER;
    premultiplied.copy(rows, row + 1, y * stride, (y + 1) * stride);
    demultiply(rows, row + 1, row + 1 + stride);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = BIT_DEPTH;
  header[9] = COLOUR_RGBA;
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
