import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../bench/generate';
import { ARTIFACTS } from '../support/browser';
import { menu, pickFile } from '../support/editorDriver';
import { serveFixture } from '../support/serveFixture';

// Only uncaught page errors fail this file's tests; its console errors are not checked.
const app = serveFixture({ prefix: 'cw-e2e-' });

describe('PNG export with progress, cancel and paper sizes (serve mode)', () => {
  it('shows progress while a PNG renders, cancels it, and fits SVG and PNG to paper', async () => {
    const folder = app.folder;
    // About 60 megapixels at 2x (12,000 x 1,250 drawn): seconds to rasterize, so there is time to look.
    const { page } = await app.openDesign('big.clusterwire', generateDesign({ devices: 34 }), {
      viewport: { width: 1400, height: 900 },
      timeout: 30_000,
    });

    await menu(page, 'File', 'Export', /Diagram as PNG/);
    const dialog = page.getByTestId('export-options');
    await dialog.getByLabel('Scale').selectOption('2');
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await pickFile(page, 'big.png', 'Save');
    const progress = page.getByTestId('export-progress');
    await progress.getByText(/rendering pixels… \d+ s/).waitFor();
    // The app stays usable meanwhile: the menu opens and closes.
    await page.getByRole('menuitem', { name: 'View', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.screenshot({ path: join(ARTIFACTS, 'export-progress.png') });
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Export cancelled; nothing was written.').waitFor();
    await progress.waitFor({ state: 'detached' });
    expect(existsSync(join(folder, 'big.png'))).toBe(false);

    await menu(page, 'File', 'Export', /Diagram as PNG/);
    await dialog.getByLabel('Size').selectOption('a4');
    expect(await dialog.getByLabel('Scale').isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await pickFile(page, 'a4.png', 'Save');
    await page.getByText('Exported the diagram (PNG) to a4.png').waitFor();
    const png = readFileSync(join(folder, 'a4.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3508, 2480]);

    await menu(page, 'File', 'Export', /Diagram as SVG/);
    await dialog.getByLabel('Size').selectOption('letter');
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await pickFile(page, 'letter.svg', 'Save');
    await page.getByText('Exported the diagram (SVG) to letter.svg').waitFor();
    expect(readFileSync(join(folder, 'letter.svg'), 'utf8')).toMatch(
      /^<svg [^>]*width="11in" height="8.5in"/,
    );
    expect(app.pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
