// Rasterizes build/icon.svg (our own artwork) to the PNG electron-builder turns into
// .ico/.icns/AppImage icons. Run after editing the SVG; the PNG is committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync('build/icon.svg', 'utf8');
const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1024 } }).render().asPng();
writeFileSync('build/icon.png', png);
writeFileSync('renderer/public/favicon.svg', svg);
console.log(`build/icon.png: ${png.length} bytes`);
