import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCatalogText } from '../../shared/catalog';
import { serializeDesign } from '../../shared/format';
import { launchChromium } from '../support/browser';
import { template } from '../support/designs';
import { startServe } from '../support/serveProcess';
import type { ServeProcess } from '../support/serveProcess';

const artifacts = resolve('test-results');
let browser: Browser;
let base: string;
let folder: string;
let dataDir: string;
let server: ServeProcess | undefined;
let pageErrors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(artifacts, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'cw-e2e-interop-'));
  folder = join(base, 'designs');
  dataDir = join(base, 'data');
  mkdirSync(folder);
  mkdirSync(dataDir);
  pageErrors = [];
});
afterEach(async () => {
  await server?.stop();
  server = undefined;
  rmSync(base, { recursive: true, force: true });
});

async function openApp(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('Failed to load resource'))
      pageErrors.push(m.text());
  });
  await page.goto(url);
  return page;
}

async function menu(page: Page, top: string, ...path: Array<RegExp | string>) {
  await page.getByRole('menuitem', { name: top, exact: true }).click();
  for (const [i, name] of path.entries()) {
    const item = page.getByRole('menuitem', { name, exact: typeof name === 'string' });
    if (i < path.length - 1) await item.hover();
    else await item.click();
  }
}

async function pickFile(page: Page, name: string, button: 'Open' | 'Save') {
  const picker = page.getByTestId('file-picker');
  await picker.waitFor();
  await picker.getByLabel(/File name|Folder name/).fill(name);
  await picker.getByRole('button', { name: button, exact: true }).click();
  await picker.waitFor({ state: 'detached' });
}

describe('interop from the app (serve mode)', () => {
  it('File > Export writes NetBox, draw.io and containerlab files; Repeat Last Export repeats', async () => {
    writeFileSync(join(folder, 'a.clusterwire'), serializeDesign(template()));
    server = await startServe(['a.clusterwire'], { cwd: folder, dataDir });
    const page = await openApp(server.url);
    await page.getByTestId('file-name').filter({ hasText: 'a.clusterwire' }).waitFor();

    await page.getByRole('menuitem', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Export', exact: true }).hover();
    await page.getByRole('menuitem', { name: 'NetBox Import Files…' }).waitFor();
    await page.screenshot({ path: `${artifacts}/interop-export-menu.png` });
    await page.getByRole('menuitem', { name: 'NetBox Import Files…' }).click();
    await pickFile(page, 'a-netbox', 'Save');
    await page.getByText('Exported the NetBox import to a-netbox').waitFor();
    expect(readdirSync(join(folder, 'a-netbox'))).toContain('8-cables.csv');

    await menu(page, 'File', 'Export', 'draw.io Diagram…');
    await pickFile(page, 'a.drawio', 'Save');
    await page.getByText('Exported the draw.io diagram to a.drawio').waitFor();
    expect(XMLValidator.validate(readFileSync(join(folder, 'a.drawio'), 'utf8'))).toBe(true);

    await menu(page, 'File', 'Export', 'containerlab Topology…');
    await pickFile(page, 'a', 'Save');
    await page.getByText('Exported the containerlab topology to a.clab.yml').waitFor();

    rmSync(join(folder, 'a.clab.yml'));
    await page.keyboard.press('Control+Shift+e');
    await expect.poll(() => existsSync(join(folder, 'a.clab.yml')), { timeout: 20_000 }).toBe(true);

    // A folder of other things is never written into.
    mkdirSync(join(folder, 'photos'));
    writeFileSync(join(folder, 'photos', 'rack.jpg'), 'x');
    await menu(page, 'File', 'Export', 'NetBox Import Files…');
    await pickFile(page, 'photos', 'Save');
    await page
      .getByTestId('error-dialog')
      .getByText(/holds other files/)
      .waitFor();
    expect(readdirSync(join(folder, 'photos'))).toEqual(['rack.jpg']);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('File > Import Device Types adds a model to the catalog beside the design and the palette', async () => {
    writeFileSync(join(folder, 'a.clusterwire'), serializeDesign(template()));
    cpSync(
      resolve('tests/fixtures/devicetypes/arista-dcs-7050sx3-48yc8.yaml'),
      join(folder, 'arista.yaml'),
    );
    server = await startServe(['a.clusterwire'], { cwd: folder, dataDir });
    const page = await openApp(server.url);
    await page.getByTestId('file-name').filter({ hasText: 'a.clusterwire' }).waitFor();

    await menu(page, 'File', 'Import Device Types…');
    await pickFile(page, 'arista.yaml', 'Open');
    const ask = page.getByTestId('ask-dialog');
    await ask.getByRole('button', { name: 'Core switch' }).click();
    await ask.getByText(/power ports: kept in the description/).waitFor();
    await page.screenshot({ path: `${artifacts}/interop-import-notes.png` });
    await ask.getByRole('button', { name: 'OK' }).click();

    const item = page.getByTestId('palette').locator('[data-model="arista-dcs-7050sx3-48yc8"]');
    await item.waitFor();
    expect(await item.textContent()).toContain('Arista DCS-7050SX3-48YC8');
    await page.screenshot({ path: `${artifacts}/interop-palette.png` });
    const catalog = parseCatalogText(
      readFileSync(join(folder, 'clusterwire-catalog.json'), 'utf8'),
    );
    expect(catalog.ok && catalog.catalog.models.map((m) => [m.id, m.role])).toEqual([
      ['arista-dcs-7050sx3-48yc8', 'core-switch'],
    ]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
