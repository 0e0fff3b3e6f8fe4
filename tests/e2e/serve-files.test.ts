import { readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDesign, serializeDesign } from '../../shared/format';
import { ARTIFACTS } from '../support/browser';
import { generateDesign } from '../bench/generate';
import { template } from '../support/designs';
import { menu, pickFile } from '../support/editorDriver';
import { serveFixture } from '../support/serveFixture';

const app = serveFixture({
  prefix: 'cw-e2e-',
  // Autosave after 2 idle seconds instead of 5, so the recovery test stays short.
  config: { autosaveSeconds: 2 },
});

const fileName = (page: Page) => page.getByTestId('file-name').textContent();

describe('serve mode end to end (Debian Chromium, real main-side services)', () => {
  it('opens a template, saves it, and reopens it after a reload', async () => {
    const server = await app.serve();
    const page = await app.openApp(server.url);
    await page.getByTestId('welcome').waitFor();
    await page.getByRole('button', { name: /PVE HCI, 3 nodes/ }).click();

    const design = template();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.react-flow__edge').length === n,
      design.cables.length,
    );
    const hostnames = await page.locator('.cw-device-hostname').allTextContents();
    expect(hostnames.sort()).toEqual(design.devices.map((d) => d.hostname).sort());
    await expect
      .poll(() => page.locator('.react-flow__minimap-node').count())
      .toBe(design.devices.length);
    // A new document is validated once its canvas has drawn.
    await expect
      .poll(() => page.getByTestId('validation-summary').textContent())
      .toBe('0 errors · 0 warnings · 3 infos');
    expect(await fileName(page)).toBe('Untitled');

    await page.keyboard.press('Control+s');
    await pickFile(page, 'rack-a', 'Save');
    await expect.poll(() => fileName(page)).toBe('rack-a.clusterwire');
    const saved = loadDesign(readFileSync(join(app.folder, 'rack-a.clusterwire'), 'utf8'));
    expect(saved.ok && saved.design).toEqual(design);
    await page.screenshot({ path: `${ARTIFACTS}/serve-saved.png` });

    await page.reload();
    await page.getByTestId('welcome').waitFor();
    await menu(page, 'File', /^Open…/);
    const picker = page.getByTestId('file-picker');
    await picker.getByRole('option', { name: /rack-a\.clusterwire/ }).dblclick();
    await expect.poll(() => fileName(page)).toBe('rack-a.clusterwire');
    await page.locator('.cw-device-hostname').first().waitFor();
    expect(await page.locator('.cw-device-hostname').count()).toBe(design.devices.length);
    expect(await page.title()).toBe('rack-a.clusterwire — ClusterWire');
    expect(app.pageErrors).toEqual([]);
    await page.close();
  });

  it('an edit marks the design dirty; undo and redo round-trip it; save clears it', async () => {
    const { page } = await app.openDesign('a.clusterwire', template());
    const name = page.getByLabel('Design name');
    await name.fill('Rack A, row 3');
    await name.press('Enter');
    await expect.poll(() => fileName(page)).toBe('a.clusterwire •');
    expect(await page.title()).toBe('• a.clusterwire — ClusterWire');

    await page.keyboard.press('Control+z');
    await expect.poll(() => name.inputValue()).toBe(template().meta.name);
    await expect.poll(() => fileName(page)).toBe('a.clusterwire');
    await page.keyboard.press('Control+y');
    await expect.poll(() => name.inputValue()).toBe('Rack A, row 3');

    await page.keyboard.press('Control+s');
    await expect.poll(() => fileName(page)).toBe('a.clusterwire');
    expect(readFileSync(join(app.folder, 'a.clusterwire'), 'utf8')).toContain(
      '"name": "Rack A, row 3"',
    );
    expect(readFileSync(join(app.folder, 'a.clusterwire.bak'), 'utf8')).toBe(
      serializeDesign(template()),
    );
    expect(app.pageErrors).toEqual([]);
    await page.close();
  });

  it('autosaved work comes back after the server is killed mid-edit', async () => {
    let { server, page } = await app.openDesign('a.clusterwire', template());
    const name = page.getByLabel('Design name');
    await name.fill('Work in progress');
    await name.press('Enter');
    await page.getByText(/autosaved/).waitFor();
    await server.kill();
    await page.close();
    expect(readFileSync(join(app.folder, 'a.clusterwire'), 'utf8')).toBe(
      serializeDesign(template()),
    );

    server = await app.serve();
    page = await app.openApp(server.url);
    const dialog = page.getByTestId('recovery-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Work in progress');
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => fileName(page)).toBe('a.clusterwire •');
    expect(await page.getByLabel('Design name').inputValue()).toBe('Work in progress');

    // The file still holds what the work began from, so saving replaces it without asking.
    await page.keyboard.press('Control+s');
    await expect.poll(() => fileName(page)).toBe('a.clusterwire');
    expect(await page.getByTestId('ask-dialog').count()).toBe(0);
    expect(readFileSync(join(app.folder, 'a.clusterwire'), 'utf8')).toContain(
      '"name": "Work in progress"',
    );
    // The recovery file goes right after the save completes.
    await expect
      .poll(() => readdirSync(join(app.dataDir, 'recovery')).filter((n) => n.endsWith('.json')))
      .toEqual([]);
    await page.close();
  });

  it('recovered work is judged by content: a touched file keeps it offered, a changed file sets it aside', async () => {
    let { server, page } = await app.openDesign('a.clusterwire', template());
    const name = page.getByLabel('Design name');
    await name.fill('Unsaved edits');
    await name.press('Enter');
    await page.getByText(/autosaved/).waitFor();
    await server.kill();
    await page.close();
    const file = join(app.folder, 'a.clusterwire');

    // A sync client or `touch`: a later time, the same bytes. The work is still offered.
    const later = new Date(Date.now() + 60 * 60_000);
    utimesSync(file, later, later);
    server = await app.serve();
    page = await app.openApp(server.url);
    const dialog = page.getByTestId('recovery-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('recovery-newer').textContent()).toBe(
      'Newer than the file: the file has not changed since this work began.',
    );
    await dialog.getByRole('button', { name: 'Decide later' }).click();
    await server.kill();
    await page.close();

    // Saved from elsewhere after the autosave: not offered, but kept as a design file.
    const elsewhere = template();
    elsewhere.meta.name = 'Saved elsewhere';
    writeFileSync(file, serializeDesign(elsewhere));
    utimesSync(file, later, later);
    server = await app.serve();
    page = await app.openApp(server.url);
    await page.getByTestId('welcome').waitFor();
    const notice = page.locator('.cw-notice', { hasText: 'was not restored' });
    await notice.waitFor();
    const aside = /kept as (.+\.clusterwire);/.exec((await notice.textContent()) ?? '');
    expect(aside?.[1]).toContain(join(app.dataDir, 'recovery', 'superseded', 'a (autosave '));
    const asideText = readFileSync(aside?.[1] ?? '', 'utf8');
    const kept = loadDesign(asideText);
    expect(kept.ok && kept.design.meta.name).toBe('Unsaved edits');
    expect(await page.getByTestId('recovery-dialog').count()).toBe(0);
    expect(readdirSync(join(app.dataDir, 'recovery')).filter((n) => n.endsWith('.json'))).toEqual(
      [],
    );
    expect(readFileSync(file, 'utf8')).toBe(serializeDesign(elsewhere));
    await page.screenshot({ path: `${ARTIFACTS}/serve-recovery-set-aside.png` });

    // The copy lies outside the served folder; the notice opens it all the same (through
    // recovery), as a new design that Save puts inside the folder.
    await notice.getByRole('button', { name: 'Open Autosave' }).click();
    await expect.poll(() => page.getByLabel('Design name').inputValue()).toBe('Unsaved edits');
    // Unsaved, with no file of its own yet.
    expect(await fileName(page)).toBe('Untitled •');
    expect(await notice.count()).toBe(0);
    await page.keyboard.press('Control+s');
    await pickFile(page, 'from-autosave', 'Save');
    await expect.poll(() => fileName(page)).toBe('from-autosave.clusterwire');
    const rescued = loadDesign(readFileSync(join(app.folder, 'from-autosave.clusterwire'), 'utf8'));
    expect(rescued.ok && rescued.design.meta.name).toBe('Unsaved edits');
    // The copy set aside stays where it was.
    expect(readFileSync(aside?.[1] ?? '', 'utf8')).toBe(asideText);
    expect(app.pageErrors).toEqual([]);
    await page.close();
  });

  it('a corrupt file shows where it is broken and stays untouched, even under Save As', async () => {
    const corrupt = '{\n  "schemaVersion": 1,\n  "meta": { "name": "broken" },\n  "devices": [\n';
    writeFileSync(join(app.folder, 'broken.clusterwire'), corrupt);
    const server = await app.serve();
    const page = await app.openApp(server.url);
    await page.getByTestId('welcome').waitFor();
    await page.keyboard.press('Control+o');
    await pickFile(page, 'broken.clusterwire', 'Open');
    const error = page.getByTestId('error-dialog');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/broken\.clusterwire:5:1: /);
    await page.screenshot({ path: `${ARTIFACTS}/serve-corrupt-file.png` });
    await error.getByRole('button', { name: 'OK' }).click();
    expect(readFileSync(join(app.folder, 'broken.clusterwire'), 'utf8')).toBe(corrupt);

    await page.getByRole('button', { name: /PVE HCI, 3 nodes/ }).click();
    await expect.poll(() => fileName(page)).toBe('Untitled');
    await page.keyboard.press('Control+Shift+s');
    await pickFile(page, 'broken.clusterwire', 'Save');
    await page.getByTestId('ask-dialog').getByRole('button', { name: 'Replace' }).click();
    await page.getByTestId('error-dialog').waitFor();
    expect(await page.getByTestId('error-dialog').textContent()).toContain('left untouched');
    expect(readFileSync(join(app.folder, 'broken.clusterwire'), 'utf8')).toBe(corrupt);
    await page.close();
  });

  it('a file changed on disk since it was opened is not overwritten without asking', async () => {
    const { page } = await app.openDesign('a.clusterwire', template());
    const theirs = serializeDesign(template('pve-hci-5node-storage'));
    writeFileSync(join(app.folder, 'a.clusterwire'), theirs);
    await page.getByLabel('Design name').fill('Mine');
    await page.getByLabel('Design name').press('Enter');
    await page.keyboard.press('Control+s');
    const ask = page.getByTestId('ask-dialog');
    expect(await ask.textContent()).toContain('changed on disk');
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(readFileSync(join(app.folder, 'a.clusterwire'), 'utf8')).toBe(theirs);
    expect(await fileName(page)).toBe('a.clusterwire •');
    await page.close();
  });
});

describe('exports from the app (serve mode)', () => {
  it('File > Export writes the BOM and PNG, and Repeat Last Export writes again without asking', async () => {
    const { page } = await app.openDesign('a.clusterwire', template());

    await menu(page, 'File', 'Export', /Bill of Materials/);
    await page.getByTestId('export-options').getByRole('button', { name: 'Choose file…' }).click();
    await pickFile(page, 'a-bom.csv', 'Save');
    await page.getByText('Exported the bill of materials to a-bom.csv').waitFor();
    expect(readFileSync(join(app.folder, 'a-bom.csv'), 'utf8')).toMatch(
      /^document,ClusterWire bill of materials,[^]*\ncategory,manufacturer,model/,
    );

    await menu(page, 'File', 'Export', /Diagram as PNG/);
    await page.getByTestId('export-options').getByRole('button', { name: 'Choose file…' }).click();
    await pickFile(page, 'a.png', 'Save');
    await page.getByText('Exported the diagram (PNG) to a.png').waitFor();
    expect(readFileSync(join(app.folder, 'a.png')).subarray(1, 4).toString()).toBe('PNG');

    rmSync(join(app.folder, 'a.png'));
    await page.keyboard.press('Control+Shift+e');
    // A PNG renders in seconds on a loaded machine: the poll waits as long as the page would.
    await expect.poll(() => readdirSync(app.folder), { timeout: 20_000 }).toContain('a.png');
    expect(app.pageErrors).toEqual([]);
    await page.close();
  });

  it('a 1,000-device design exports from the app; a PNG over the pixel cap offers the scale that fits', async () => {
    const { page } = await app.openDesign('big.clusterwire', generateDesign({ devices: 1000 }), {
      timeout: 30_000,
    });

    await menu(page, 'File', 'Export', /Bill of Materials/);
    await page.getByTestId('export-options').getByRole('button', { name: 'Choose file…' }).click();
    await pickFile(page, 'big-bom.csv', 'Save');
    await page.getByText('Exported the bill of materials to big-bom.csv').waitFor();

    await menu(page, 'File', 'Export', /Diagram as PNG/);
    await page.getByTestId('export-options').getByRole('button', { name: 'Choose file…' }).click();
    await pickFile(page, 'big.png', 'Save');
    const ask = page.getByTestId('ask-dialog');
    await ask.waitFor();
    expect(await ask.textContent()).toMatch(/megapixel limit/);
    await ask.getByRole('button', { name: /^Export at scale 0\.\d+$/ }).click();
    await page.getByText('Exported the diagram (PNG) to big.png').waitFor();
    expect(readFileSync(join(app.folder, 'big.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(app.pageErrors).toEqual([]);
    await page.close();
  }, 90_000);
});
