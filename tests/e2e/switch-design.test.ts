import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDesign, template } from '../support/designs';
import { ARTIFACTS, openEditor } from '../support/editorSession';
import type { EditorSession } from '../support/editorSession';

// The blank-page crash: replacing the open design while a device was selected fed the old
// selection to the new canvas, and canvas and selection store chased each other until React
// gave up (error #185). Every way of replacing the design is tried with a device selected.
let session: EditorSession;
let page: Page;
beforeAll(async () => {
  session = await openEditor('cw-switch-', {
    files: { 'ref.clusterwire': serializeDesign(template()) },
    args: ['ref.clusterwire'],
  });
  page = session.page;
});
afterAll(() => session?.close());

const nodes = () => page.locator('.react-flow__node').count();

/** Selects a server by clicking its card's corner (any zoom level; a port there would start a cable). */
async function selectServer(id = 'node-1'): Promise<void> {
  await page.locator(`.react-flow__node[data-id="${id}"]`).click({ position: { x: 3, y: 3 } });
  await expect.poll(() => page.getByTestId('device-inspector').count()).toBe(1);
}

async function expectHealthy(expectedNodes: number, step: string): Promise<void> {
  await expect.poll(nodes, { timeout: 20_000 }).toBe(expectedNodes);
  await page.screenshot({ path: `${ARTIFACTS}/switch-design-${step}.png` });
  expect(session.pageErrors).toEqual([]);
  expect(await page.getByTestId('panel-failed').count()).toBe(0);
  // Nothing of the old design stays selected.
  expect(await page.locator('.react-flow__node.selected').count()).toBe(0);
  expect(await page.getByTestId('device-inspector').count()).toBe(0);
}

describe('replacing the open design while a device is selected (serve mode, Debian Chromium)', () => {
  it('opens the design named at start', async () => {
    await expectHealthy(8, '0-opened');
  });

  it('New (Alt+N), the wizard at 3 nodes', async () => {
    await selectServer();
    await page.keyboard.press('Alt+n');
    const create = page.getByRole('button', { name: 'Create', exact: true });
    // The dialog's buttons are styled as buttons, side by side at the right (a stylesheet slip
    // once left every dialog's buttons unstyled and spread out).
    const style = await create.evaluate((el) => {
      const s = getComputedStyle(el);
      return { padding: s.paddingLeft, radius: s.borderTopLeftRadius, margin: s.marginLeft };
    });
    expect(style).toEqual({ padding: '14px', radius: '6px', margin: '0px' });
    await create.click();
    await expectHealthy(8, '1-wizard-3');
  });

  it('New, the wizard at 20 nodes', async () => {
    await selectServer();
    await page.keyboard.press('Alt+n');
    await page.getByLabel('Nodes', { exact: true }).fill('20');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expectHealthy(25, '2-wizard-20');
  });

  it('New, from a template', async () => {
    await selectServer();
    await page.keyboard.press('Alt+n');
    await page.getByRole('button', { name: /PVE HCI, 5 nodes/ }).click();
    await expectHealthy(10, '3-template');
  });

  it('File > Open Recent', async () => {
    await selectServer();
    await page.getByRole('menuitem', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Open Recent' }).hover();
    await page.getByRole('menuitem', { name: /ref\.clusterwire$/ }).click();
    await expectHealthy(8, '4-open-recent');
  });

  it('Open (Ctrl+O) from the file picker, and the canvas still selects and edits', async () => {
    await selectServer();
    await page.keyboard.press('Control+o');
    const picker = page.getByTestId('file-picker');
    await picker.getByLabel('File name').fill('ref.clusterwire');
    await picker.getByRole('button', { name: 'Open', exact: true }).click();
    await expectHealthy(8, '5-open');
    await selectServer('node-2');
    expect(await page.locator('.react-flow__node.selected').count()).toBe(1);
    await page.locator('.react-flow__pane').click({ position: { x: 8, y: 8 } });
    await expect.poll(() => page.locator('.react-flow__node.selected').count()).toBe(0);
  });
});
