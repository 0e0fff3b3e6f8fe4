import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/format';
import { generateConfiguration } from '../../shared/generate';
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
  base = mkdtempSync(join(tmpdir(), 'cw-e2e-gen-'));
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
  await page.goto(url);
  return page;
}

async function generateMenu(page: Page) {
  await page.getByRole('menuitem', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Generate Configuration…/ }).click();
}

describe('File > Generate Configuration… (serve mode)', () => {
  it('previews every file, saves the folder, and asks before writing into a non-empty one', async () => {
    writeFileSync(join(folder, 'a.clusterwire'), serializeDesign(template()));
    server = await startServe(['a.clusterwire'], { cwd: folder, dataDir });
    const page = await openApp(server.url);
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('a.clusterwire');

    await generateMenu(page);
    const dialog = page.getByTestId('generate-dialog');
    await dialog.waitFor();
    const expected = generateConfiguration(template());
    if (!expected.ok) throw new Error('the template generates');
    expect(await dialog.getByRole('tab').allTextContents()).toEqual(
      expected.files.map((f) => f.path),
    );
    await dialog.getByRole('tab', { name: 'core-01/nvue-commands.sh' }).click();
    expect(await dialog.getByTestId('generate-text').textContent()).toBe(
      `${expected.files.find((f) => f.path === 'core-01/nvue-commands.sh')!.text}\n`,
    );
    await page.screenshot({ path: `${artifacts}/generate-preview.png` });

    await dialog.getByTestId('generate-save').click();
    const picker = page.getByTestId('file-picker');
    await picker.getByLabel('File name').fill('cfg');
    await picker.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/Wrote 11 configuration files to cfg/).waitFor();
    expect(readFileSync(join(folder, 'cfg/pve-01/interfaces'), 'utf8')).toBe(
      expected.files.find((f) => f.path === 'pve-01/interfaces')!.text,
    );

    // Again into the same folder: asked first; Cancel leaves it as it is.
    writeFileSync(join(folder, 'cfg/pve-01/interfaces'), 'edited');
    await generateMenu(page);
    await page.getByTestId('generate-save').click();
    await picker.getByLabel('File name').fill('cfg');
    await picker.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(readFileSync(join(folder, 'cfg/pve-01/interfaces'), 'utf8')).toBe('edited');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("a switch's platform chosen in its inspector is one undo step and what Generate uses", async () => {
    writeFileSync(join(folder, 'c.clusterwire'), serializeDesign(template()));
    server = await startServe(['c.clusterwire'], { cwd: folder, dataDir });
    const page = await openApp(server.url);
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('c.clusterwire');
    await page.locator('[data-device="core-1"] .cw-device-hostname').click();
    const platform = page.getByTestId('device-platform');
    expect(await platform.inputValue()).toBe('');
    expect(await platform.locator('option:checked').textContent()).toBe(
      'from catalog model (NVIDIA Cumulus (NVUE))',
    );
    await platform.selectOption('none');
    await page.getByTestId('platform-field').screenshot({
      path: `${artifacts}/generate-platform-field.png`,
    });

    await generateMenu(page);
    const dialog = page.getByTestId('generate-dialog');
    const tabs = () => dialog.getByRole('tab').allTextContents();
    await expect.poll(tabs).toContain('core-01/port-plan.md');
    expect(await tabs()).not.toContain('core-01/nvue-commands.sh');
    expect(await tabs()).toContain('core-02/nvue-commands.sh');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    await page.keyboard.press('Control+z');
    await expect.poll(() => platform.inputValue()).toBe('');
    await generateMenu(page);
    await expect.poll(tabs).toContain('core-01/nvue-commands.sh');
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 60_000);

  it('lists every missing fact instead of a preview', async () => {
    const design = template();
    delete design.mlagPairs[0]!.systemMac;
    delete design.networks.find((n) => n.role === 'management')!.gateway;
    writeFileSync(join(folder, 'b.clusterwire'), serializeDesign(design));
    server = await startServe(['b.clusterwire'], { cwd: folder, dataDir });
    const page = await openApp(server.url);
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('b.clusterwire');
    await generateMenu(page);
    const refused = page.getByTestId('generate-refused');
    await refused.waitFor();
    const items = await refused.getByRole('listitem').allTextContents();
    expect(items.some((t) => t.includes('system MAC'))).toBe(true);
    expect(items.some((t) => t.startsWith('Management: gateway'))).toBe(true);
    expect(await page.getByTestId('generate-save').isDisabled()).toBe(true);
    await page.screenshot({ path: `${artifacts}/generate-refused.png` });
    expect(readdirSync(folder)).toEqual(['b.clusterwire']);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
