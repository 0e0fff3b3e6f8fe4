import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseCatalogText } from '../../shared/catalog';
import { ARTIFACTS } from '../support/browser';
import { template } from '../support/designs';
import { menu, pickFile } from '../support/editorDriver';
import { serveFixture } from '../support/serveFixture';

const app = serveFixture({ prefix: 'cw-e2e-interop-' });

describe('interop from the app (serve mode)', () => {
  it('File > Export writes NetBox, draw.io and containerlab files; Repeat Last Export repeats', async () => {
    const { page } = await app.openDesign('a.clusterwire', template());

    await page.getByRole('menuitem', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Export', exact: true }).hover();
    await page.getByRole('menuitem', { name: 'NetBox Import Files…' }).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/interop-export-menu.png` });
    await page.getByRole('menuitem', { name: 'NetBox Import Files…' }).click();
    // The site defaults to the design's name and can be changed.
    const options = page.getByTestId('interop-options');
    const site = options.getByLabel('NetBox site');
    expect(await site.inputValue()).toBe(template().meta.name);
    await site.fill('');
    expect(await options.getByRole('button', { name: 'Choose folder…' }).isDisabled()).toBe(true);
    await site.fill('DC 1');
    await page.screenshot({ path: `${ARTIFACTS}/interop-netbox-options.png` });
    await options.getByRole('button', { name: 'Choose folder…' }).click();
    await pickFile(page, 'a-netbox', 'Save');
    await page.getByText('Exported the NetBox import to a-netbox').waitFor();
    expect(readdirSync(join(app.folder, 'a-netbox'))).toContain('8-cables.csv');
    expect(readFileSync(join(app.folder, 'a-netbox', '3-sites.csv'), 'utf8')).toContain(
      'DC 1,dc-1,planned',
    );

    await menu(page, 'File', 'Export', 'draw.io Diagram…');
    await pickFile(page, 'a.drawio', 'Save');
    await page.getByText('Exported the draw.io diagram to a.drawio').waitFor();
    expect(XMLValidator.validate(readFileSync(join(app.folder, 'a.drawio'), 'utf8'))).toBe(true);

    await menu(page, 'File', 'Export', 'containerlab Topology…');
    // An image per kind of the lab; a name with a space is refused before anything is written.
    // The reference lab: Cumulus VX cores, Linux nodes (the Aruba switch has no image: Linux).
    expect(await options.getByLabel('Image for arista_ceos').count()).toBe(0);
    const linux = options.getByLabel('Image for linux');
    await linux.fill('debian 12');
    await options.getByText(/an image name has no spaces/).waitFor();
    expect(await options.getByRole('button', { name: 'Choose file…' }).isDisabled()).toBe(true);
    await linux.fill('debian:12');
    await page.screenshot({ path: `${ARTIFACTS}/interop-clab-options.png` });
    await options.getByRole('button', { name: 'Choose file…' }).click();
    await pickFile(page, 'a', 'Save');
    await page.getByText('Exported the containerlab topology to a.clab.yml').waitFor();
    const lab = readFileSync(join(app.folder, 'a.clab.yml'), 'utf8');
    expect(lab).toContain('image: debian:12');
    expect(lab).toContain('No image given for: nvidia_cumulusvx');

    // Repeat Last Export writes the same file, images included, without asking again.
    rmSync(join(app.folder, 'a.clab.yml'));
    await page.keyboard.press('Control+Shift+e');
    await expect
      .poll(() => existsSync(join(app.folder, 'a.clab.yml')), { timeout: 20_000 })
      .toBe(true);
    expect(readFileSync(join(app.folder, 'a.clab.yml'), 'utf8')).toBe(lab);

    // The images are offered again next time.
    await menu(page, 'File', 'Export', 'containerlab Topology…');
    expect(await options.getByLabel('Image for linux').inputValue()).toBe('debian:12');
    await options.getByRole('button', { name: 'Cancel' }).click();
    await options.waitFor({ state: 'detached' });

    // A folder of other things is never written into.
    mkdirSync(join(app.folder, 'photos'));
    writeFileSync(join(app.folder, 'photos', 'rack.jpg'), 'x');
    await menu(page, 'File', 'Export', 'NetBox Import Files…');
    await options.getByRole('button', { name: 'Choose folder…' }).click();
    await pickFile(page, 'photos', 'Save');
    await page
      .getByTestId('error-dialog')
      .getByText(/holds other files/)
      .waitFor();
    expect(readdirSync(join(app.folder, 'photos'))).toEqual(['rack.jpg']);
    expect(app.pageErrors).toEqual([]);
    await page.close();
  });

  it('File > Import Device Types adds models of several files to the catalog beside the design and the palette', async () => {
    cpSync(
      resolve('tests/fixtures/devicetypes/arista-dcs-7050sx3-48yc8.yaml'),
      join(app.folder, 'arista.yaml'),
    );
    cpSync(
      resolve('tests/fixtures/devicetypes/example-server-2u.yaml'),
      join(app.folder, 'server.yaml'),
    );
    const { page } = await app.openDesign('a.clusterwire', template());

    await menu(page, 'File', 'Import Device Types…');
    const picker = page.getByTestId('file-picker');
    await picker.getByRole('option', { name: /arista\.yaml/ }).click();
    await picker.getByRole('option', { name: /server\.yaml/ }).click();
    expect(await picker.getByLabel('File name').inputValue()).toBe('"arista.yaml" "server.yaml"');
    await page.screenshot({ path: `${ARTIFACTS}/interop-import-pick-many.png` });
    await picker.getByRole('button', { name: 'Open 2' }).click();
    const ask = page.getByTestId('ask-dialog');
    await ask.getByText(/^2 files: /).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/interop-import-ask.png` });
    await ask.getByRole('button', { name: 'Guess from its ports' }).click();
    const report = page.getByTestId('import-report');
    await report.getByText('Imported 2 device types').waitFor();
    await report.getByText('server.yaml', { exact: true }).waitFor();
    await report
      .getByText(/power ports: kept in the description/)
      .first()
      .waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/interop-import-report.png` });
    await report.getByRole('button', { name: 'OK' }).click();

    const item = page.getByTestId('palette').locator('[data-model="arista-dcs-7050sx3-48yc8"]');
    await item.waitFor();
    expect(await item.textContent()).toContain('Arista DCS-7050SX3-48YC8');
    await page.screenshot({ path: `${ARTIFACTS}/interop-palette.png` });
    const catalog = parseCatalogText(
      readFileSync(join(app.folder, 'clusterwire-catalog.json'), 'utf8'),
    );
    expect(catalog.ok && catalog.catalog.models.map((m) => m.id)).toEqual([
      'arista-dcs-7050sx3-48yc8',
      'example-server-2u',
    ]);
    expect(app.pageErrors).toEqual([]);
    await page.close();
  });
});
