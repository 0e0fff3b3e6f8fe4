import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/format';
import { generateDesign } from '../bench/generate';
import { launchChromium } from '../support/browser';
import { startServe } from '../support/serveProcess';
import type { ServeProcess } from '../support/serveProcess';

const artifacts = resolve('test-results');
let browser: Browser;
let base: string;
let server: ServeProcess | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(artifacts, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await server?.stop();
  server = undefined;
  rmSync(base, { recursive: true, force: true });
});

async function menu(page: Page, top: string, ...path: Array<RegExp | string>) {
  await page.getByRole('menuitem', { name: top, exact: true }).click();
  for (const [i, name] of path.entries()) {
    const item = page.getByRole('menuitem', { name, exact: typeof name === 'string' });
    if (i < path.length - 1) await item.hover();
    else await item.click();
  }
}

async function pickFile(page: Page, name: string) {
  const picker = page.getByTestId('file-picker');
  await picker.waitFor();
  await picker.getByLabel('File name').fill(name);
  await picker.getByRole('button', { name: 'Save', exact: true }).click();
  await picker.waitFor({ state: 'detached' });
}

describe('PNG export with progress, cancel and paper sizes (serve mode)', () => {
  it('shows progress while a PNG renders, cancels it, and fits SVG and PNG to paper', async () => {
    base = mkdtempSync(join(tmpdir(), 'cw-e2e-'));
    const folder = join(base, 'designs');
    const dataDir = join(base, 'data');
    mkdirSync(folder);
    mkdirSync(dataDir);
    // About 60 megapixels at 2x (12,000 x 1,250 drawn): seconds to rasterize, so there is time to look.
    writeFileSync(
      join(folder, 'big.clusterwire'),
      serializeDesign(generateDesign({ devices: 34 })),
    );
    server = await startServe(['big.clusterwire'], { cwd: folder, dataDir });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(30_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(server.url);
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('big.clusterwire');

    await menu(page, 'File', 'Export', /Diagram as PNG/);
    const dialog = page.getByTestId('export-options');
    await dialog.getByLabel('Scale').selectOption('2');
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await pickFile(page, 'big.png');
    const progress = page.getByTestId('export-progress');
    await progress.getByText(/rendering pixels… \d+ s/).waitFor();
    // The app stays usable meanwhile: the menu opens and closes.
    await page.getByRole('menuitem', { name: 'View', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.screenshot({ path: join(artifacts, 'export-progress.png') });
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Export cancelled; nothing was written.').waitFor();
    await progress.waitFor({ state: 'detached' });
    expect(existsSync(join(folder, 'big.png'))).toBe(false);

    await menu(page, 'File', 'Export', /Diagram as PNG/);
    await dialog.getByLabel('Size').selectOption('a4');
    expect(await dialog.getByLabel('Scale').isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await pickFile(page, 'a4.png');
    await page.getByText('Exported the diagram (PNG) to a4.png').waitFor();
    const png = readFileSync(join(folder, 'a4.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3508, 2480]);

    await menu(page, 'File', 'Export', /Diagram as SVG/);
    await dialog.getByLabel('Size').selectOption('letter');
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await pickFile(page, 'letter.svg');
    await page.getByText('Exported the diagram (SVG) to letter.svg').waitFor();
    expect(readFileSync(join(folder, 'letter.svg'), 'utf8')).toMatch(
      /^<svg [^>]*width="11in" height="8.5in"/,
    );
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
