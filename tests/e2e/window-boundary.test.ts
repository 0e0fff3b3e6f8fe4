import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDesign, template } from '../support/designs';
import { ARTIFACTS, openEditor } from '../support/editorSession';
import type { EditorSession } from '../support/editorSession';

// A part of the window outside every panel fails, and the window does not go blank. The failure
// comes from outside the app, with no hook in it: the page's clock formatting is broken, which
// the status bar uses to show when it autosaved (outside every panel: only the window's own
// boundary is left) and the recovery dialog to show when work was autosaved (a dialog).
let session: EditorSession;
let page: Page;
beforeAll(async () => {
  session = await openEditor('cw-window-boundary-', {
    files: { 'ref.clusterwire': serializeDesign(template()) },
    args: ['ref.clusterwire'],
  });
  page = session.page;
  // From the reload on, while the tab's flag is set, dates cannot be formatted either.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('cw-break-dates'))
      Date.prototype.toLocaleString = () => {
        throw new Error('no clock in this tab');
      };
  });
});
afterAll(() => session?.close());

const nodes = () => page.locator('.react-flow__node').count();

describe('a failure outside every panel (serve mode, Debian Chromium)', () => {
  it('the window says what failed and that the unsaved work is in the recovery folder', async () => {
    await expect.poll(nodes, { timeout: 20_000 }).toBe(8);
    await page.evaluate(() => {
      Date.prototype.toLocaleTimeString = () => {
        throw new Error('no clock in this tab');
      };
      sessionStorage.setItem('cw-break-dates', '1');
    });
    const name = page.getByLabel('Design name');
    await name.fill('Rack 4 after the failure');
    await name.press('Enter');
    // The status bar shows the autosave's time a few seconds later, and fails doing so.
    const failed = page.getByTestId('window-failed');
    await failed.waitFor({ timeout: 30_000 });
    expect(await failed.locator('pre').textContent()).toBe('no clock in this tab');
    await expect
      .poll(() => page.getByTestId('unsaved-work').textContent())
      .toBe(
        'The unsaved changes to ref.clusterwire are safe in the recovery folder (written just now). ' +
          'ClusterWire offers them back when it reloads.',
      );
    await page.screenshot({ path: `${ARTIFACTS}/window-boundary-1-failed.png` });
    expect(session.pageErrors).toEqual([]);
  }, 60_000);

  it('Reload ClusterWire: a failing recovery dialog is closed and says so; the design opens', async () => {
    await page.getByRole('button', { name: 'Reload ClusterWire' }).click();
    await expect.poll(nodes, { timeout: 20_000 }).toBe(8);
    const notice = page.locator('.cw-notice-error');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      'The recovered work dialog failed and was closed: no clock in this tab',
    );
    expect(await page.getByTestId('recovery-dialog').count()).toBe(0);
    // The dialog was cancelled ("Decide later"): the launch file opened, unchanged.
    expect(await page.getByLabel('Design name').inputValue()).not.toBe('Rack 4 after the failure');
    await page.screenshot({ path: `${ARTIFACTS}/window-boundary-2-dialog-failed.png` });
    expect(session.pageErrors).toEqual([]);
  });

  it('with a working clock the recovered work is offered again and restored', async () => {
    await page.evaluate(() => sessionStorage.removeItem('cw-break-dates'));
    await page.reload();
    const dialog = page.getByTestId('recovery-dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await expect
      .poll(() => page.getByLabel('Design name').inputValue())
      .toBe('Rack 4 after the failure');
    expect(await nodes()).toBe(8);
    expect(session.pageErrors).toEqual([]);
  });
});
