import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateConfiguration } from '../../shared/generate';
import { ARTIFACTS } from '../support/browser';
import { template } from '../support/designs';
import { menu, pickFile } from '../support/editorDriver';
import { serveFixture } from '../support/serveFixture';

// Only uncaught page errors fail this file's tests; its console errors are not checked.
const app = serveFixture({ prefix: 'cw-e2e-gen-' });

const generateMenu = (page: Page) => menu(page, 'File', /^Generate Configuration…/);

describe('File > Generate Configuration… (serve mode)', () => {
  it('previews every file, saves the folder, and asks before writing into a non-empty one', async () => {
    const { page } = await app.openDesign('a.clusterwire', template());

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
    await page.screenshot({ path: `${ARTIFACTS}/generate-preview.png` });

    await dialog.getByTestId('generate-save').click();
    await pickFile(page, 'cfg', 'Save');
    await page.getByText(/Wrote 11 configuration files to cfg/).waitFor();
    expect(readFileSync(join(app.folder, 'cfg/pve-01/interfaces'), 'utf8')).toBe(
      expected.files.find((f) => f.path === 'pve-01/interfaces')!.text,
    );

    // Again into the same folder: asked first; Cancel leaves it as it is.
    writeFileSync(join(app.folder, 'cfg/pve-01/interfaces'), 'edited');
    await generateMenu(page);
    await page.getByTestId('generate-save').click();
    await pickFile(page, 'cfg', 'Save');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(readFileSync(join(app.folder, 'cfg/pve-01/interfaces'), 'utf8')).toBe('edited');
    expect(app.pageErrors).toEqual([]);
    await page.close();
  });

  it("a switch's platform chosen in its inspector is one undo step and what Generate uses", async () => {
    const { page } = await app.openDesign('c.clusterwire', template());
    await page.locator('[data-device="core-1"] .cw-device-hostname').click();
    const platform = page.getByTestId('device-platform');
    expect(await platform.inputValue()).toBe('');
    expect(await platform.locator('option:checked').textContent()).toBe(
      'from catalog model (NVIDIA Cumulus (NVUE))',
    );
    await platform.selectOption('none');
    await page.getByTestId('platform-field').screenshot({
      path: `${ARTIFACTS}/generate-platform-field.png`,
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
    expect(app.pageErrors).toEqual([]);
    await page.close();
  }, 60_000);

  it('lists every missing fact instead of a preview', async () => {
    const design = template();
    delete design.mlagPairs[0]!.systemMac;
    delete design.networks.find((n) => n.role === 'management')!.gateway;
    const { page } = await app.openDesign('b.clusterwire', design);
    await generateMenu(page);
    const refused = page.getByTestId('generate-refused');
    await refused.waitFor();
    const items = await refused.getByRole('listitem').allTextContents();
    expect(items.some((t) => t.includes('system MAC'))).toBe(true);
    expect(items.some((t) => t.startsWith('Management: gateway'))).toBe(true);
    expect(await page.getByTestId('generate-save').isDisabled()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/generate-refused.png` });
    expect(readdirSync(app.folder)).toEqual(['b.clusterwire']);
    expect(app.pageErrors).toEqual([]);
    await page.close();
  });
});
