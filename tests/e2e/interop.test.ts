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
    // The site defaults to the design's name and can be changed.
    const options = page.getByTestId('interop-options');
    const site = options.getByLabel('NetBox site');
    expect(await site.inputValue()).toBe(template().meta.name);
    await site.fill('');
    expect(await options.getByRole('button', { name: 'Choose folder…' }).isDisabled()).toBe(true);
    await site.fill('DC 1');
    await page.screenshot({ path: `${artifacts}/interop-netbox-options.png` });
    await options.getByRole('button', { name: 'Choose folder…' }).click();
    await pickFile(page, 'a-netbox', 'Save');
    await page.getByText('Exported the NetBox import to a-netbox').waitFor();
    expect(readdirSync(join(folder, 'a-netbox'))).toContain('8-cables.csv');
    expect(readFileSync(join(folder, 'a-netbox', '3-sites.csv'), 'utf8')).toContain(
      'DC 1,dc-1,planned',
    );

    await menu(page, 'File', 'Export', 'draw.io Diagram…');
    await pickFile(page, 'a.drawio', 'Save');
    await page.getByText('Exported the draw.io diagram to a.drawio').waitFor();
    expect(XMLValidator.validate(readFileSync(join(folder, 'a.drawio'), 'utf8'))).toBe(true);

    await menu(page, 'File', 'Export', 'containerlab Topology…');
    // An image per kind of the lab; a name with a space is refused before anything is written.
    const ceos = options.getByLabel('Image for arista_ceos');
    await ceos.fill('ceos 4.32');
    await options.getByText(/an image name has no spaces/).waitFor();
    expect(await options.getByRole('button', { name: 'Choose file…' }).isDisabled()).toBe(true);
    await ceos.fill('ceos:4.32.0F');
    await options.getByLabel('Image for linux').fill('debian:12');
    await page.screenshot({ path: `${artifacts}/interop-clab-options.png` });
    await options.getByRole('button', { name: 'Choose file…' }).click();
    await pickFile(page, 'a', 'Save');
    await page.getByText('Exported the containerlab topology to a.clab.yml').waitFor();
    const lab = readFileSync(join(folder, 'a.clab.yml'), 'utf8');
    expect(lab).toContain('image: ceos:4.32.0F');
    expect(lab).toContain('image: debian:12');
    expect(lab).toContain('No image given for: nvidia_cumulusvx');

    // Repeat Last Export writes the same file, images included, without asking again.
    rmSync(join(folder, 'a.clab.yml'));
    await page.keyboard.press('Control+Shift+e');
    await expect.poll(() => existsSync(join(folder, 'a.clab.yml')), { timeout: 20_000 }).toBe(true);
    expect(readFileSync(join(folder, 'a.clab.yml'), 'utf8')).toBe(lab);

    // The images are offered again next time.
    await menu(page, 'File', 'Export', 'containerlab Topology…');
    expect(await options.getByLabel('Image for arista_ceos').inputValue()).toBe('ceos:4.32.0F');
    await options.getByRole('button', { name: 'Cancel' }).click();
    await options.waitFor({ state: 'detached' });

    // A folder of other things is never written into.
    mkdirSync(join(folder, 'photos'));
    writeFileSync(join(folder, 'photos', 'rack.jpg'), 'x');
    await menu(page, 'File', 'Export', 'NetBox Import Files…');
    await options.getByRole('button', { name: 'Choose folder…' }).click();
    await pickFile(page, 'photos', 'Save');
    await page
      .getByTestId('error-dialog')
      .getByText(/holds other files/)
      .waitFor();
    expect(readdirSync(join(folder, 'photos'))).toEqual(['rack.jpg']);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('File > Import Device Types adds models of several files to the catalog beside the design and the palette', async () => {
    writeFileSync(join(folder, 'a.clusterwire'), serializeDesign(template()));
    cpSync(
      resolve('tests/fixtures/devicetypes/arista-dcs-7050sx3-48yc8.yaml'),
      join(folder, 'arista.yaml'),
    );
    cpSync(
      resolve('tests/fixtures/devicetypes/example-server-2u.yaml'),
      join(folder, 'server.yaml'),
    );
    server = await startServe(['a.clusterwire'], { cwd: folder, dataDir });
    const page = await openApp(server.url);
    await page.getByTestId('file-name').filter({ hasText: 'a.clusterwire' }).waitFor();

    await menu(page, 'File', 'Import Device Types…');
    const picker = page.getByTestId('file-picker');
    await picker.getByRole('option', { name: /arista\.yaml/ }).click();
    await picker.getByRole('option', { name: /server\.yaml/ }).click();
    expect(await picker.getByLabel('File name').inputValue()).toBe('"arista.yaml" "server.yaml"');
    await page.screenshot({ path: `${artifacts}/interop-import-pick-many.png` });
    await picker.getByRole('button', { name: 'Open 2' }).click();
    const ask = page.getByTestId('ask-dialog');
    await ask.getByText(/^2 files: /).waitFor();
    await page.screenshot({ path: `${artifacts}/interop-import-ask.png` });
    await ask.getByRole('button', { name: 'Guess from its ports' }).click();
    const report = page.getByTestId('import-report');
    await report.getByText('Imported 2 device types').waitFor();
    await report.getByText('server.yaml', { exact: true }).waitFor();
    await report
      .getByText(/power ports: kept in the description/)
      .first()
      .waitFor();
    await page.screenshot({ path: `${artifacts}/interop-import-report.png` });
    await report.getByRole('button', { name: 'OK' }).click();

    const item = page.getByTestId('palette').locator('[data-model="arista-dcs-7050sx3-48yc8"]');
    await item.waitFor();
    expect(await item.textContent()).toContain('Arista DCS-7050SX3-48YC8');
    await page.screenshot({ path: `${artifacts}/interop-palette.png` });
    const catalog = parseCatalogText(
      readFileSync(join(folder, 'clusterwire-catalog.json'), 'utf8'),
    );
    expect(catalog.ok && catalog.catalog.models.map((m) => m.id)).toEqual([
      'arista-dcs-7050sx3-48yc8',
      'example-server-2u',
    ]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
