import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron } from 'playwright-core';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/format';
import { template } from '../support/designs';

/**
 * The same flows as the serve-mode E2E, in the real Electron app. Electron's binary is
 * downloaded from outside the npm registry, so on our build machines it is absent and this file
 * prints one skip line; on a developer's machine with Electron installed, it runs.
 */
function electronBinary(): string | null {
  // Read what electron's installer recorded rather than require('electron'), which would try
  // to download the binary right now.
  const root = resolve('node_modules/electron');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    return existsSync(path) ? path : null;
  }
  const pathFile = join(root, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const path = join(root, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path) ? path : null;
}
const binary = electronBinary();
if (!binary)
  console.log('skipped: no Electron binary (Electron E2E runs where `npx electron` works)');

let base: string;
let folder: string;
let userData: string;
let app: ElectronApplication | undefined;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'cw-electron-e2e-'));
  folder = join(base, 'designs');
  userData = join(base, 'user-data');
  mkdirSync(folder);
  mkdirSync(userData);
  writeFileSync(join(userData, 'preferences.json'), JSON.stringify({ autosaveSeconds: 2 }));
});
afterEach(async () => {
  await app?.close().catch(() => undefined);
  app = undefined;
  rmSync(base, { recursive: true, force: true });
});

async function launch(args: string[]): Promise<Page> {
  app = await _electron.launch({
    executablePath: binary!,
    args: [resolve('dist/main/main.cjs'), ...args],
    env: { ...process.env, CLUSTERWIRE_USER_DATA: userData },
  });
  const page = await app.firstWindow();
  page.setDefaultTimeout(15_000);
  return page;
}

const clickMenu = (id: string) =>
  app!.evaluate(
    ({ Menu }, itemId) => Menu.getApplicationMenu()?.getMenuItemById(itemId)?.click(),
    id,
  );

describe.skipIf(!binary)('desktop app end to end (Electron)', () => {
  it('opens a design passed on the command line, saves an edit, keeps a .bak', async () => {
    const file = join(folder, 'a.clusterwire');
    writeFileSync(file, serializeDesign(template()));
    const page = await launch([file]);
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('a.clusterwire');
    await expect
      .poll(() =>
        app!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle()),
      )
      .toContain('a.clusterwire');
    await page.getByLabel('Design name').fill('Edited in Electron');
    await page.getByLabel('Design name').press('Enter');
    await clickMenu('save');
    await expect.poll(() => readFileSync(file, 'utf8')).toContain('Edited in Electron');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(serializeDesign(template()));
  });

  it('a corrupt file shows an error and stays untouched', async () => {
    const file = join(folder, 'broken.clusterwire');
    writeFileSync(file, '{ "schemaVersion": 1,');
    const page = await launch([file]);
    await page.getByTestId('error-dialog').waitFor();
    expect(readFileSync(file, 'utf8')).toBe('{ "schemaVersion": 1,');
  });

  it('autosaved work is offered again after the app is killed mid-edit', async () => {
    const file = join(folder, 'a.clusterwire');
    writeFileSync(file, serializeDesign(template()));
    let page = await launch([file]);
    await page.getByLabel('Design name').fill('Unsaved in Electron');
    await page.getByLabel('Design name').press('Enter');
    await page.getByText(/autosaved/).waitFor();
    app!.process().kill('SIGKILL');
    app = undefined;
    page = await launch([]);
    const dialog = page.getByTestId('recovery-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Unsaved in Electron');
  });
});
