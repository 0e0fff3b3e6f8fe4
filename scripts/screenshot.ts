// The README's screenshot: the reference design in `clusterwire serve` (build first), in
// Debian's Chromium. `npx tsx scripts/screenshot.ts [light|dark] [out.png]`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serializeDesign } from '../shared/format';
import { findTemplate } from '../shared/templates';
import { launchChromium } from '../tests/support/browser';
import { startServe } from '../tests/support/serveProcess';

const theme = process.argv[2] === 'dark' ? 'dark' : 'light';
const out = resolve(process.argv[3] ?? 'docs/screenshot.png');
const dir = mkdtempSync(join(tmpdir(), 'cw-screenshot-'));
writeFileSync(
  join(dir, 'reference.clusterwire'),
  serializeDesign(findTemplate('pve-hci-3node')!.build()),
);
const server = await startServe(['reference.clusterwire'], {
  cwd: dir,
  dataDir: join(dir, 'data'),
});
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 2100, height: 1250 } });
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(server.url);
  await page.waitForSelector('.react-flow__edge');
  // fitView and the first measurement settle over a few frames.
  await page.waitForTimeout(1500);
  // Fitted, the whole design is too small for cable labels: zoom in on its middle until they show.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width * 0.5, pane.y + pane.height * 0.45);
  for (let i = 0; i < 20 && (await page.locator('.cw-cable-label').count()) === 0; i++) {
    await page.mouse.wheel(0, -60);
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
  console.log(`${theme} screenshot: ${out}`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
