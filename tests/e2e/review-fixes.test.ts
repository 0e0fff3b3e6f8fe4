import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model';
import { serializeDesign, template } from '../support/designs';
import { editorDriver, menu, pickFile } from '../support/editorDriver';
import { ARTIFACTS, openEditor } from '../support/editorSession';
import type { EditorSession } from '../support/editorSession';

/**
 * What a new user's first session ran into, in the browser (serve mode, Debian Chromium): a
 * one-click fix that appeared late, recovery offering undone work, Ctrl+Z in a field after Tab,
 * the minimap toggle forgotten on reload.
 */
function withoutKeepalive(): Design {
  const d = template();
  delete d.mlagPairs[0]!.keepalive;
  for (const dev of d.devices) if (dev.role === 'core-switch') dev.attachments = [];
  return d;
}

let session: EditorSession;
let page: Page;
beforeAll(async () => {
  session = await openEditor('cw-review-', {
    files: {
      'mlag.clusterwire': serializeDesign(withoutKeepalive()),
      'lab.clusterwire': serializeDesign(template()),
    },
    args: ['mlag.clusterwire'],
  });
  page = session.page;
});
afterAll(() => session?.close());
const ui = editorDriver(() => page);

const fileName = () => page.getByTestId('file-name').textContent();
const mgmtVlan = () =>
  page.getByTestId('network').filter({ has: page.locator('input[value="Management"]') });

async function openFromMenu(name: string) {
  await menu(page, 'File', /^Open…/);
  await pickFile(page, name, 'Open');
  await expect.poll(fileName).toBe(name);
}

describe('a first session (serve mode, Debian Chromium)', () => {
  it('shows the keepalive fix as soon as both switches have a management address', async () => {
    await expect.poll(() => page.locator('.react-flow__node').count(), { timeout: 30_000 }).toBe(8);
    const finding = page.locator('.cw-finding').filter({ hasText: 'mlag.keepalive-missing' });
    await expect.poll(() => finding.count()).toBe(1);
    for (const [id, address] of [
      ['core-1', '10.10.10.5/24'],
      ['core-2', '10.10.10.6/24'],
    ] as const) {
      await ui.selectDevice(id);
      await page.getByTestId('add-attachment').click();
      const attachment = page.getByTestId('attachment');
      await attachment.getByLabel('Network').selectOption({ label: 'Management (VLAN 10)' });
      await attachment.getByLabel('Via').selectOption('port:eth0');
      await ui.fill(attachment, 'Address', address);
    }
    // At once: no toggling of the panel, no reopening.
    await expect
      .poll(() => finding.getByTestId('quick-fix').textContent(), { timeout: 2000 })
      .toBe('Fix: Keepalive over Management');
    await page.screenshot({ path: `${ARTIFACTS}/review-1-quick-fix.png` });
    await finding.getByTestId('quick-fix').click();
    await expect.poll(() => finding.count()).toBe(0);
  }, 60_000);

  it('Ctrl+Z after Tab takes the design back; leaving the field commits nothing', async () => {
    await ui.clearSelection();
    const vlan = mgmtVlan().getByLabel('VLAN', { exact: true });
    await vlan.fill('11');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('input[value="Management"]').count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => vlan.inputValue()).toBe('10');
    // A click on the canvas leaves the field: redo must still bring 11 back, not a new edit.
    await ui.clearSelection();
    await page.keyboard.press('Control+y');
    await expect.poll(() => mgmtVlan().getByLabel('VLAN', { exact: true }).inputValue()).toBe('11');
    await page.keyboard.press('Control+z');
    await expect.poll(() => mgmtVlan().getByLabel('VLAN', { exact: true }).inputValue()).toBe('10');
  }, 60_000);

  it('offers no recovery for work undone back to the file', async () => {
    // Start clean: leave the work above unsaved.
    await menu(page, 'File', /^Open…/);
    const ask = page.getByTestId('ask-dialog');
    await ask.or(page.getByTestId('file-picker')).first().waitFor();
    if (await ask.isVisible()) await ask.getByRole('button', { name: "Don't Save" }).click();
    await pickFile(page, 'lab.clusterwire', 'Open');
    await expect.poll(fileName).toBe('lab.clusterwire');

    await ui.clearSelection();
    // No autosave time of the design open before.
    expect(await page.getByText(/autosaved \d/).count()).toBe(0);
    const autosaved = page.waitForResponse((r) => r.url().endsWith('/api/autosave'), {
      timeout: 30_000,
    });
    await ui.fill(mgmtVlan(), 'VLAN', '11');
    await expect.poll(() => page.title()).toMatch(/^• /);
    // The autosave (5 s after the last edit) is written, and the status bar says so.
    expect((await autosaved).ok()).toBe(true);
    await page.getByText(/autosaved \d/).waitFor();
    await ui.clearSelection();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.title()).not.toMatch(/^• /);
    await expect.poll(() => page.getByText(/autosaved \d/).count()).toBe(0);
    await openFromMenu('mlag.clusterwire');
    await page.reload();
    const recovery = page.getByTestId('recovery-dialog');
    await recovery.or(page.getByTestId('file-name')).first().waitFor({ timeout: 30_000 });
    expect(await recovery.count()).toBe(0);
    await expect.poll(fileName).toBe('mlag.clusterwire');
  }, 90_000);

  it('remembers a hidden minimap across a reload', async () => {
    await page.locator('.react-flow__minimap').waitFor();
    await ui.clearSelection();
    await menu(page, 'View', 'Toggle Minimap');
    await expect.poll(() => page.locator('.react-flow__minimap').count()).toBe(0);
    await page.reload();
    await expect.poll(fileName, { timeout: 30_000 }).toBe('mlag.clusterwire');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(8);
    expect(await page.locator('.react-flow__minimap').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});
